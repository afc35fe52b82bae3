package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiSettingsUseCase;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.ai.SopRule;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A business's AI settings and SOP rules (issue 6): PII redaction and custom patterns, auto-apply and its threshold,
 * the daily digest; the pre-check's ruleset. Reading needs document read, changing settings management (audited).
 * Both take {@code if_match_version} (409 with the current object when stale). Numbers ({@code auto_apply_threshold},
 * a rule's {@code value}) are exact: a JSON number or a decimal string. The plan is read-only here.
 * Errors: 403 FORBIDDEN, 422 VALIDATION_ERROR naming the field ({@code rules[2].value}), 409 CONFLICT.
 */
@Controller("/v1/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "AI")
public class AiSettingsController {

    private static final String VERSION_FIELD = "if_match_version";

    private final AiSettingsUseCase settings;

    public AiSettingsController(AiSettingsUseCase settings) {
        this.settings = settings;
    }

    @Get("/ai")
    @Operation(operationId = "getAiSettings", summary = "The business's AI settings: redaction, auto-apply, digest, plan")
    public HttpResponse<Envelope<AiSettingsDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        return Responses.ok(request, AiSettingsDto.of(settings.settings(actor)));
    }

    @Patch("/ai")
    @Operation(operationId = "updateAiSettings", summary = "Change AI settings (OWNER/ADMIN): absent fields unchanged, custom_patterns replaces the list",
            description = "auto_apply_threshold 0.50–1.00 (model drafts at or above it are applied without review when "
                    + "auto_apply_enabled; offline-extractor drafts never are); at most 20 custom_patterns, each "
                    + "{name: MEMBER_NO, regex}. plan is read-only here (ignored).")
    @RequestBody(content = @Content(schema = @Schema(implementation = AiSettingsDto.Request.class)))
    public HttpResponse<Envelope<AiSettingsDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                       @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue(VERSION_FIELD);
        Boolean redaction = json.bool("redaction_enabled");
        List<AiSettings.CustomPattern> patterns = patterns(json);
        Boolean autoApply = json.bool("auto_apply_enabled");
        BigDecimal threshold = json.decimal("auto_apply_threshold");
        Boolean digest = json.bool("digest_enabled");
        return Responses.updated(request, expected, () -> AiSettingsDto.of(
                        settings.updateSettings(actor, expected, redaction, patterns, autoApply, threshold, digest)),
                () -> AiSettingsDto.of(settings.settings(actor)));
    }

    @Get("/sop-rules")
    @Operation(operationId = "getSopRules", summary = "The business's SOP rules checked by the pre-check (version 0: never saved)")
    public HttpResponse<Envelope<SopRulesDto>> rules(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        return Responses.ok(request, SopRulesDto.of(settings.sopRules(actor)));
    }

    @Put("/sop-rules")
    @Operation(operationId = "replaceSopRules", summary = "Replace the whole SOP ruleset (OWNER/ADMIN): at most 50 rules with unique codes",
            description = "Types: VAT_RATE (value: percent every line's tax must equal), MAX_DISCOUNT_PERCENT, "
                    + "DUE_WITHIN_DAYS, NO_DUPLICATE_WITHIN_DAYS (same contact and total), MAX_TOTAL (major units) — "
                    + "each with a value — and FREE_TEXT (text, checked by a model when one is available). applies_to: "
                    + "INVOICE and/or QUOTE (default both); enabled default true.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SopRulesDto.Request.class)))
    public HttpResponse<Envelope<SopRulesDto>> replaceRules(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                            @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue(VERSION_FIELD);
        List<SopRule> rules = rules(json);
        return Responses.updated(request, expected,
                () -> SopRulesDto.of(settings.replaceSopRules(actor, expected, rules)),
                () -> SopRulesDto.of(settings.sopRules(actor)));
    }

    /** {@code custom_patterns}: null when absent (unchanged), else every pattern, errors named by index. */
    @Nullable
    private static List<AiSettings.CustomPattern> patterns(JsonObject json) {
        List<JsonObject> items = json.objects("custom_patterns");
        if (items == null) {
            return json.has("custom_patterns") ? List.of() : null;
        }
        List<AiSettings.CustomPattern> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = required(items.get(i), "custom_patterns[" + i + "]");
            String name = item.string("name");
            String regex = item.string("regex");
            out.add(indexed("custom_patterns.", "custom_patterns[" + i + "].", () -> new AiSettings.CustomPattern(name, regex)));
        }
        return out;
    }

    /** {@code rules}: required; each rule's errors named by index ({@code rules[1].value}). */
    private static List<SopRule> rules(JsonObject json) {
        List<JsonObject> items = json.objects("rules");
        if (items == null) {
            throw ApiException.invalid("rules", "rules is required: the whole ruleset, [] for none");
        }
        List<SopRule> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "rules[" + i + "]";
            JsonObject item = required(items.get(i), at);
            String code = item.string("code");
            SopRule.Type type = item.enumValue("type", SopRule.Type.class);
            BigDecimal value = item.decimal("value");
            String text = item.string("text");
            Set<DocumentKind> appliesTo = kinds(item, at);
            Boolean enabled = item.bool("enabled");
            out.add(indexed("", at + ".", () -> new SopRule(code, type, value, text, appliesTo,
                    enabled == null || enabled)));
        }
        return out;
    }

    @Nullable
    private static Set<DocumentKind> kinds(JsonObject item, String at) {
        List<String> names = item.strings("applies_to");
        if (names == null) {
            return null;
        }
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        for (int i = 0; i < names.size(); i++) {
            kinds.add(JsonObject.parseEnum(at + ".applies_to[" + i + "]", names.get(i), DocumentKind.class));
        }
        return kinds;
    }

    private static JsonObject required(@Nullable JsonObject item, String at) {
        if (item == null) {
            throw ApiException.badRequest(at, at + " must be an object");
        }
        return item;
    }

    /**
     * Builds one list element; its validation errors, which name the element's own fields ({@code code}) or the list
     * ({@code custom_patterns.name}), are renamed to the element's request path ({@code rules[1].code}).
     */
    private static <T> T indexed(String prefix, String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            List<FieldError> details = e.details().stream()
                    .map(d -> new FieldError(d.field().startsWith(prefix) ? path + d.field().substring(prefix.length())
                            : d.field(), d.message()))
                    .toList();
            throw new DomainException(e.code(), e.getMessage(), details);
        }
    }
}
