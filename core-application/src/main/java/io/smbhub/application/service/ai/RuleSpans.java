package io.smbhub.application.service.ai;

import java.util.Map;
import java.util.TreeMap;

/**
 * Character ranges of a text already claimed by one parser (an email, a phone number, a date, an invoice number), so
 * that a later parser (money, quantities) does not read the same digits again. Half-open ranges {@code [start, end)},
 * kept merged and sorted so that a lookup costs O(log n).
 */
final class RuleSpans {

    private final TreeMap<Integer, Integer> ranges = new TreeMap<>();

    void add(int start, int end) {
        if (end <= start) {
            return;
        }
        int s = start;
        int e = end;
        Map.Entry<Integer, Integer> before = ranges.floorEntry(s);
        if (before != null && before.getValue() >= s) {
            s = before.getKey();
            e = Math.max(e, before.getValue());
        }
        Map.Entry<Integer, Integer> next = ranges.ceilingEntry(s);
        while (next != null && next.getKey() <= e) {
            e = Math.max(e, next.getValue());
            ranges.remove(next.getKey());
            next = ranges.ceilingEntry(s);
        }
        ranges.put(s, e);
    }

    /** {@code text[start, end)} with every claimed character replaced by a space. */
    String blank(String text, int start, int end) {
        StringBuilder b = new StringBuilder(text.substring(start, end));
        for (Map.Entry<Integer, Integer> r : ranges.subMap(0, true, end, false).entrySet()) {
            for (int i = Math.max(start, r.getKey()); i < Math.min(end, r.getValue()); i++) {
                b.setCharAt(i - start, ' ');
            }
        }
        return b.toString();
    }

    /** Whether {@code [start, end)} overlaps a claimed range. */
    boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> r = ranges.lowerEntry(end);
        return r != null && r.getValue() > start;
    }
}
