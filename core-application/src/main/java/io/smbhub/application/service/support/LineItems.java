package io.smbhub.application.service.support;

import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds domain line items from client input in a document currency, reporting errors as {@code line_items[i].field}. */
public final class LineItems {

    private LineItems() {
    }

    /** Errors: {@code VALIDATION_ERROR} with every broken line field. */
    public static List<LineItem> build(List<LineItemInput> inputs, String currency) {
        if (inputs == null) {
            return List.of();
        }
        Money.minorUnits(currency);
        Validation v = new Validation();
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            LineItemInput in = inputs.get(i);
            String prefix = "line_items[" + i + "]";
            if (in == null) {
                v.add(prefix, "Line item must be an object");
                continue;
            }
            v.capture(prefix, () -> lines.add(new LineItem(in.name(), in.qty() == null ? BigDecimal.ONE : in.qty(),
                    money(in.rate(), currency, "rate"), in.taxRate(),
                    in.discount() == null ? null : money(in.discount(), currency, "discount"))));
        }
        v.throwIfAny("Line items are invalid");
        return lines;
    }

    private static Money money(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw DomainException.invalid(field, field + " is required");
        }
        try {
            return Money.of(amount, currency);
        } catch (DomainException e) {
            throw DomainException.invalid(field, e.getMessage());
        }
    }

    /**
     * The lines after a PATCH: {@code replacement} when given, else the current lines — re-priced exactly
     * in {@code currency} when the currency changed. Errors: {@code VALIDATION_ERROR}.
     */
    public static List<LineItem> patch(List<LineItem> current, String currentCurrency, List<LineItemInput> replacement,
                                       String currency) {
        if (replacement != null) {
            return build(replacement, currency);
        }
        if (currency.equals(currentCurrency)) {
            return current;
        }
        return build(current.stream().map(l -> new LineItemInput(l.name(), l.quantity(), l.unitPrice().amount(),
                l.taxRate(), l.discount().amount())).toList(), currency);
    }
}
