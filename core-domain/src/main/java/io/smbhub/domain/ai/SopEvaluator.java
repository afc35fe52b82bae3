package io.smbhub.domain.ai;

import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the deterministic rules of a {@link SopRuleset} against one document (enterprise-business-os.md
 * feature 2 "AI Pre-Check", issue 6). Pure: the caller supplies today's date and the numbers of possible duplicates
 * (other non-void documents of the same contact with the same total, created within the rule's window — found by a
 * query, see {@link #duplicateWindowDays}). {@link SopRule.Type#FREE_TEXT} rules are skipped here; the model pass
 * checks them.
 */
public final class SopEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SopEvaluator() {
    }

    /**
     * The widest NO_DUPLICATE_WITHIN_DAYS window among the enabled rules for the subject's kind, or 0 when there is
     * none — how far back the caller must look for duplicates.
     */
    public static int duplicateWindowDays(SopRuleset rules, PrecheckSubject subject) {
        int days = 0;
        for (SopRule rule : rules.rules()) {
            if (rule.checks(subject.kind()) && rule.type() == SopRule.Type.NO_DUPLICATE_WITHIN_DAYS) {
                days = Math.max(days, rule.value().intValueExact());
            }
        }
        return days;
    }

    /**
     * The violations of every enabled deterministic rule for the subject's kind, in rule order then line order.
     * {@code duplicates}: documents found for the duplicate rule, each with its age in days.
     */
    public static List<PrecheckViolation> evaluate(SopRuleset rules, PrecheckSubject subject, LocalDate today,
                                                   List<Duplicate> duplicates) {
        List<PrecheckViolation> out = new ArrayList<>();
        for (SopRule rule : rules.rules()) {
            if (!rule.checks(subject.kind())) {
                continue;
            }
            switch (rule.type()) {
                case VAT_RATE -> vat(rule, subject, out);
                case MAX_DISCOUNT_PERCENT -> discount(rule, subject, out);
                case DUE_WITHIN_DAYS -> due(rule, subject, today, out);
                case NO_DUPLICATE_WITHIN_DAYS -> {
                    for (Duplicate d : duplicates) {
                        if (d.ageDays() <= rule.value().intValueExact()) {
                            out.add(new PrecheckViolation(rule.code(), "total", "Possible duplicate: " + d.number()
                                    + " for the same contact and total " + subject.total().toPlainString() + " "
                                    + subject.total().currency() + " was created " + d.ageDays() + " day(s) ago (rule: no duplicate within "
                                    + rule.value().toPlainString() + " days)"));
                        }
                    }
                }
                case MAX_TOTAL -> {
                    if (subject.total().amount().compareTo(rule.value()) > 0) {
                        out.add(new PrecheckViolation(rule.code(), "total", "Total " + subject.total().toPlainString() + " "
                                + subject.total().currency() + " exceeds the maximum of " + rule.value().toPlainString()));
                    }
                }
                case FREE_TEXT -> {
                    // checked by the model pass
                }
            }
        }
        return out;
    }

    /** Another document that may duplicate the subject: its number and how many days ago it was created. */
    public record Duplicate(String number, long ageDays) {
    }

    private static void vat(SopRule rule, PrecheckSubject s, List<PrecheckViolation> out) {
        for (int i = 0; i < s.lineItems().size(); i++) {
            BigDecimal rate = s.lineItems().get(i).taxRate();
            if (rate.compareTo(rule.value()) != 0) {
                out.add(new PrecheckViolation(rule.code(), "line_items[" + i + "].tax_rate", "Line " + (i + 1) + " ("
                        + s.lineItems().get(i).name() + ") has tax rate " + rate.stripTrailingZeros().toPlainString()
                        + "%; the rule requires " + rule.value().stripTrailingZeros().toPlainString() + "%"));
            }
        }
    }

    private static void discount(SopRule rule, PrecheckSubject s, List<PrecheckViolation> out) {
        for (int i = 0; i < s.lineItems().size(); i++) {
            LineItem line = s.lineItems().get(i);
            Money gross = line.unitPrice().times(line.quantity());
            if (!gross.isPositive() || line.discount().isZero()) {
                continue;
            }
            BigDecimal percent = line.discount().amount().multiply(HUNDRED).divide(gross.amount(), 2, RoundingMode.HALF_UP);
            if (percent.compareTo(rule.value()) > 0) {
                out.add(new PrecheckViolation(rule.code(), "line_items[" + i + "].discount", "Line " + (i + 1) + " ("
                        + line.name() + ") is discounted " + percent.stripTrailingZeros().toPlainString()
                        + "%; the maximum is " + rule.value().stripTrailingZeros().toPlainString() + "%"));
            }
        }
    }

    private static void due(SopRule rule, PrecheckSubject s, LocalDate today, List<PrecheckViolation> out) {
        String field = s.kind() == io.smbhub.domain.shared.DocumentKind.QUOTE ? "expiry_date" : "due_date";
        LocalDate issue = s.issueDate() == null ? today : s.issueDate();
        if (s.dueDate() == null) {
            out.add(new PrecheckViolation(rule.code(), field, "The " + field.replace('_', ' ') + " is missing; the rule requires one within "
                    + rule.value().toPlainString() + " days of issue"));
            return;
        }
        long days = ChronoUnit.DAYS.between(issue, s.dueDate());
        if (days < 0) {
            out.add(new PrecheckViolation(rule.code(), field, "The " + field.replace('_', ' ') + " " + s.dueDate()
                    + " is before the issue date " + issue));
        } else if (days > rule.value().longValueExact()) {
            out.add(new PrecheckViolation(rule.code(), field, "The " + field.replace('_', ' ') + " " + s.dueDate() + " is "
                    + days + " days after issue; the rule allows at most " + rule.value().toPlainString()));
        }
    }
}
