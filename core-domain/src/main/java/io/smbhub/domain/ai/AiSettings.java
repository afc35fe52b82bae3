package io.smbhub.domain.ai;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A tenant's AI settings (issue 6): {@code redactionEnabled} — mask PII before any prompt leaves the server (on by
 * default; enterprise-business-os.md feature 4); {@code customPatterns} — extra things to mask (≤ 20);
 * {@code autoApplyEnabled}/{@code autoApplyThreshold} — apply model drafts at or above the threshold (0.50–1.00)
 * without review (off by default, spec 3.14 "SLA / workflow"); {@code digestEnabled} — the daily CEO digest (on by
 * default); {@code plan} — the subscription plan whose AI token budget applies (a plan id of the operator's price
 * table, changed by a platform admin). {@code version} is the optimistic-concurrency version (0 = never stored).
 */
public record AiSettings(TenantId tenantId, boolean redactionEnabled, List<CustomPattern> customPatterns,
                         boolean autoApplyEnabled, BigDecimal autoApplyThreshold, boolean digestEnabled, String plan,
                         long version) {

    /** The default auto-apply threshold. */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.90");

    /**
     * A tenant-defined thing to mask: {@code name} (upper-case letters, digits, underscore; ≤ 30 chars — it becomes the
     * placeholder type {@code [REDACTED_<NAME>_n]}) and a Java {@code regex} (≤ 500 chars).
     */
    public record CustomPattern(String name, String regex) {
        public CustomPattern {
            name = Text.clean(name);
            Validation v = new Validation()
                    .check(name == null || !name.matches("[A-Z][A-Z0-9_]{0,29}"), "custom_patterns.name",
                            "Pattern name must be upper-case letters, digits or _ (≤ 30), e.g. MEMBER_NO; got " + name)
                    .check(regex == null || regex.isBlank() || regex.length() > 500, "custom_patterns.regex",
                            "Pattern regex is required (≤ 500 characters)");
            if (regex != null && !regex.isBlank() && regex.length() <= 500) {
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    v.add("custom_patterns.regex", "Pattern " + name + " is not a valid regular expression: "
                            + e.getDescription());
                }
            }
            v.throwIfAny("Custom redaction pattern is invalid");
        }
    }

    public AiSettings {
        Objects.requireNonNull(tenantId, "tenantId");
        customPatterns = customPatterns == null ? List.of() : List.copyOf(customPatterns);
        autoApplyThreshold = autoApplyThreshold == null ? DEFAULT_THRESHOLD : autoApplyThreshold;
        plan = Text.clean(plan);
        Validation v = new Validation()
                .check(customPatterns.size() > 20, "custom_patterns", "At most 20 custom patterns")
                .check(autoApplyThreshold.compareTo(new BigDecimal("0.50")) < 0
                        || autoApplyThreshold.compareTo(BigDecimal.ONE) > 0, "auto_apply_threshold",
                        "Auto-apply threshold must be between 0.50 and 1.00")
                .check(plan == null, "plan", "Plan is required");
        v.throwIfAny("AI settings are invalid");
    }

    /** The settings of a tenant that has set nothing: redaction on, no auto-apply, digest on, {@code plan}. */
    public static AiSettings defaults(TenantId tenant, String plan) {
        return new AiSettings(tenant, true, List.of(), false, DEFAULT_THRESHOLD, true, plan, 0);
    }

}
