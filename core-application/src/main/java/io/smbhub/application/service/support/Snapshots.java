package io.smbhub.application.service.support;

import io.smbhub.domain.shared.Money;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns view records into JSON-compatible maps for audit before/after: record components become
 * snake_case keys; {@link Money} becomes {@code {amount: "12.50", currency: "USD"}}; decimals become plain
 * strings; ids, enums and times become strings; lists and maps recurse.
 */
public final class Snapshots {

    /** View components that hint at what the asking actor may do, not state of the object. */
    private static final Set<String> NOT_STATE = Set.of("allowedActions");

    private Snapshots() {
    }

    /** The snapshot of {@code view}, or {@code null} for null. */
    public static Map<String, Object> of(Record view) {
        return view == null ? null : recordToMap(view);
    }

    private static Map<String, Object> recordToMap(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (NOT_STATE.contains(c.getName())) {
                continue;
            }
            try {
                out.put(snake(c.getName()), value(c.getAccessor().invoke(r)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
            }
        }
        return out;
    }

    private static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            return v;
        }
        if (v instanceof Money m) {
            Map<String, Object> money = new LinkedHashMap<>();
            money.put("amount", m.toPlainString());
            money.put("currency", m.currency());
            return money;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof UUID || v instanceof Enum<?> || v instanceof Temporal) {
            return v.toString();
        }
        if (v instanceof Record r) {
            return recordToMap(r);
        }
        if (v instanceof Collection<?> list) {
            var out = new ArrayList<>();
            list.forEach(item -> out.add(value(item)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), value(val)));
            return out;
        }
        return v.toString();
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
