package io.smbhub.adapter.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.smbhub.application.port.in.LineItemInput;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code line_items[{name, qty, rate, tax_rate, discount}]} with exact decimals; rules are the core's. */
public final class LineItemsInput {

    private LineItemsInput() {
    }

    /** {@code null} when absent or null; a {@code null} element stays {@code null} (the core reports it). */
    @Nullable
    public static List<LineItemInput> read(JsonObject body, String name) {
        List<JsonObject> items = body.objects(name);
        if (items == null) {
            return null;
        }
        List<LineItemInput> out = new ArrayList<>();
        for (JsonObject item : items) {
            out.add(item == null ? null : new LineItemInput(item.string("name"), item.decimal("qty"), item.decimal("rate"),
                    item.decimal("tax_rate"), item.decimal("discount")));
        }
        return out;
    }
}
