package io.smbhub.domain.ai;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured fields an extractor found in a text, shared by every {@link AiIntent} (spec smb-hub-prd.md 10.5.2
 * "Draft preview"); every field is optional and null when not found. Amounts are decimal numbers in major units of
 * {@code currency} (ISO 4217, e.g. {@code 1500000} IDR, {@code 12.50} USD) — they become {@code Money} only when the
 * draft is applied. Dates are calendar dates in the tenant's timezone.
 *
 * <ul>
 *   <li>{@code title}: work item title, or the subject of an AR follow-up message (≤ 200 chars);</li>
 *   <li>{@code description}: notes, the work asked for, or the body of an AR follow-up message (≤ 5,000 chars);</li>
 *   <li>{@code contactName}/{@code contactEmail}/{@code contactPhone}: who the text is from or about;
 *       {@code contactId}: an existing contact chosen by a reviewer (UUID text);</li>
 *   <li>{@code lineItems}: quote/invoice lines; {@code amount}: an expense's total or an amount owed;</li>
 *   <li>{@code dueDate}: when the work or payment is due; {@code date}: the expense/receipt date;</li>
 *   <li>{@code vendor}, {@code category}: expense fields; {@code priority}: LOW, NORMAL, HIGH or URGENT;
 *       {@code invoiceNumber}: the invoice an AR message is about.</li>
 * </ul>
 * The wire/JSON form ({@link #toMap()}, {@link #fromMap}) uses snake_case keys ({@link #KEYS}).
 */
public record DraftFields(String title, String description, String contactName, String contactEmail,
                          String contactPhone, String contactId, String currency, List<DraftLine> lineItems,
                          BigDecimal amount, LocalDate dueDate, LocalDate date, String vendor, String category,
                          String priority, String invoiceNumber) {

    /** The JSON keys, in display order. */
    public static final List<String> KEYS = List.of("title", "description", "contact_name", "contact_email",
            "contact_phone", "contact_id", "currency", "line_items", "amount", "due_date", "date", "vendor", "category",
            "priority", "invoice_number");

    /** A quote/invoice line: {@code quantity} (> 0) of {@code description} at {@code unitPrice} (major units, ≥ 0). */
    public record DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice) {
        public DraftLine {
            description = Text.clean(description);
        }
    }

    /** No fields at all. */
    public static final DraftFields EMPTY = new DraftFields(null, null, null, null, null, null, null, List.of(), null,
            null, null, null, null, null, null);

    public DraftFields {
        title = Text.clean(title);
        description = description == null || description.isBlank() ? null : description.strip();
        contactName = Text.clean(contactName);
        contactEmail = Text.clean(contactEmail);
        contactPhone = Text.clean(contactPhone);
        contactId = Text.clean(contactId);
        currency = Text.clean(currency) == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        vendor = Text.clean(vendor);
        category = Text.clean(category);
        priority = Text.clean(priority) == null ? null : priority.strip().toUpperCase(java.util.Locale.ROOT);
        invoiceNumber = Text.clean(invoiceNumber);
        Validation v = new Validation()
                .check(title != null && title.length() > 200, "title", "Title is longer than 200 characters")
                .check(description != null && description.length() > 5000, "description",
                        "Description is longer than 5000 characters")
                .check(currency != null && !currency.matches("[A-Z]{3}"), "currency",
                        "Currency must be an ISO 4217 code such as IDR or USD")
                .check(lineItems.size() > 100, "line_items", "At most 100 line items")
                .check(amount != null && amount.signum() < 0, "amount", "Amount must not be negative")
                .check(priority != null && !List.of("LOW", "NORMAL", "HIGH", "URGENT").contains(priority), "priority",
                        "Priority must be LOW, NORMAL, HIGH or URGENT");
        for (int i = 0; i < lineItems.size(); i++) {
            DraftLine line = lineItems.get(i);
            v.check(line.quantity() != null && line.quantity().signum() <= 0, "line_items[" + i + "].quantity",
                    "Quantity must be greater than 0");
            v.check(line.unitPrice() != null && line.unitPrice().signum() < 0, "line_items[" + i + "].unit_price",
                    "Unit price must not be negative");
        }
        v.throwIfAny("Draft fields are invalid");
    }

    /** The sum of quantity × unit price over lines with both, or null when no line has both. */
    public BigDecimal linesTotal() {
        BigDecimal total = null;
        for (DraftLine line : lineItems) {
            if (line.quantity() != null && line.unitPrice() != null) {
                BigDecimal amount = line.quantity().multiply(line.unitPrice());
                total = total == null ? amount : total.add(amount);
            }
        }
        return total;
    }

    /**
     * The JSON object form: snake_case keys, only non-null fields; amounts as {@link BigDecimal}, dates as ISO
     * {@code yyyy-MM-dd} text, {@code line_items} as a list of {@code {description, quantity, unit_price}} objects.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "title", title);
        put(m, "description", description);
        put(m, "contact_name", contactName);
        put(m, "contact_email", contactEmail);
        put(m, "contact_phone", contactPhone);
        put(m, "contact_id", contactId);
        put(m, "currency", currency);
        if (!lineItems.isEmpty()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (DraftLine line : lineItems) {
                Map<String, Object> l = new LinkedHashMap<>();
                put(l, "description", line.description());
                put(l, "quantity", line.quantity());
                put(l, "unit_price", line.unitPrice());
                lines.add(l);
            }
            m.put("line_items", lines);
        }
        put(m, "amount", amount);
        put(m, "due_date", dueDate == null ? null : dueDate.toString());
        put(m, "date", date == null ? null : date.toString());
        put(m, "vendor", vendor);
        put(m, "category", category);
        put(m, "priority", priority);
        put(m, "invoice_number", invoiceNumber);
        return m;
    }

    /**
     * Reads the JSON object form (see {@link #toMap()}); numbers may be JSON numbers or numeric text, dates ISO
     * {@code yyyy-MM-dd}; null or missing keys are null fields; unknown keys are refused. Errors:
     * {@code VALIDATION_ERROR} naming each bad field (prefixed with {@code fieldPrefix}, e.g. {@code payload.}).
     */
    public static DraftFields fromMap(Map<String, ?> map, String fieldPrefix) {
        if (map == null) {
            return EMPTY;
        }
        Validation v = new Validation();
        for (String key : map.keySet()) {
            v.check(!KEYS.contains(key), fieldPrefix + key, "Unknown draft field " + key + "; known: " + KEYS);
        }
        List<DraftLine> lines = new ArrayList<>();
        Object rawLines = map.get("line_items");
        if (rawLines instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String f = fieldPrefix + "line_items[" + i + "]";
                if (list.get(i) instanceof Map<?, ?> line) {
                    lines.add(new DraftLine(text(line.get("description"), f + ".description", v),
                            number(line.get("quantity"), f + ".quantity", v),
                            number(line.get("unit_price"), f + ".unit_price", v)));
                } else {
                    v.add(f, "A line item must be an object with description, quantity and unit_price");
                }
            }
        } else if (rawLines != null) {
            v.add(fieldPrefix + "line_items", "line_items must be a list");
        }
        DraftFields fields;
        try {
            fields = new DraftFields(text(map.get("title"), fieldPrefix + "title", v),
                    text(map.get("description"), fieldPrefix + "description", v),
                    text(map.get("contact_name"), fieldPrefix + "contact_name", v),
                    text(map.get("contact_email"), fieldPrefix + "contact_email", v),
                    text(map.get("contact_phone"), fieldPrefix + "contact_phone", v),
                    text(map.get("contact_id"), fieldPrefix + "contact_id", v),
                    text(map.get("currency"), fieldPrefix + "currency", v), lines,
                    number(map.get("amount"), fieldPrefix + "amount", v),
                    date(map.get("due_date"), fieldPrefix + "due_date", v), date(map.get("date"), fieldPrefix + "date", v),
                    text(map.get("vendor"), fieldPrefix + "vendor", v), text(map.get("category"), fieldPrefix + "category", v),
                    text(map.get("priority"), fieldPrefix + "priority", v),
                    text(map.get("invoice_number"), fieldPrefix + "invoice_number", v));
        } catch (DomainException e) {
            // the constructor names fields without the caller's prefix: add it, so errors point into the payload
            for (io.smbhub.domain.shared.FieldError error : e.details()) {
                v.add(fieldPrefix + error.field(), error.message());
            }
            v.throwIfAny("Draft fields are invalid");
            throw e;
        }
        v.throwIfAny("Draft fields are invalid");
        return fields;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String text(Object value, String field, Validation v) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        v.add(field, field + " must be text");
        return null;
    }

    private static BigDecimal number(Object value, String field, Validation v) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                v.add(field, field + " must be a decimal number, got " + s);
                return null;
            }
        }
        if (value instanceof Number n) {
            // a binary floating-point value from a JSON parser: take its shortest decimal text, never its binary value
            return new BigDecimal(n.toString());
        }
        v.add(field, field + " must be a number");
        return null;
    }

    private static LocalDate date(Object value, String field, Validation v) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            v.add(field, field + " must be a date yyyy-MM-dd, got " + value);
            return null;
        }
    }

    /** Refuses when {@code fields} lack what {@code intent} needs to be applied; see {@code AiDraft#apply}. */
    static void requireApplicable(AiIntent intent, DraftFields f) {
        Validation v = new Validation();
        switch (intent) {
            case CREATE_WORK_ITEM -> v.check(f.title() == null && f.description() == null, "payload.title",
                    "A work item needs a title; edit the draft to add one");
            case DRAFT_QUOTE, DRAFT_INVOICE -> {
                v.check(f.lineItems().isEmpty(), "payload.line_items", "A " + (intent == AiIntent.DRAFT_QUOTE ? "quote"
                        : "invoice") + " needs at least one line item; edit the draft to add one");
                for (int i = 0; i < f.lineItems().size(); i++) {
                    DraftLine line = f.lineItems().get(i);
                    v.check(line.description() == null, "payload.line_items[" + i + "].description", "Description is required");
                    v.check(line.unitPrice() == null, "payload.line_items[" + i + "].unit_price", "Unit price is required");
                }
                v.check(f.contactId() == null && f.contactEmail() == null && f.contactPhone() == null
                        && f.contactName() == null, "payload.contact_name",
                        "A quote or invoice needs a contact; edit the draft to add contact_id or a name/email");
            }
            case DRAFT_EXPENSE -> {
                v.check(f.amount() == null && f.linesTotal() == null, "payload.amount", "An expense needs an amount");
                v.check(f.date() == null, "payload.date", "An expense needs a date");
            }
            case DRAFT_AR_MESSAGE -> v.check(f.description() == null, "payload.description",
                    "An AR follow-up needs the message text in description");
        }
        v.throwIfAny("The draft cannot be applied as " + intent);
    }

}
