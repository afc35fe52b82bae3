package io.smbhub.application.service.ai;

import java.util.ArrayList;
import java.util.List;

/**
 * Character ranges of a text already claimed by one parser (an email, a phone number, a date, an invoice number), so
 * that a later parser (money, quantities) does not read the same digits again. Half-open ranges {@code [start, end)}.
 */
final class RuleSpans {

    private final List<int[]> ranges = new ArrayList<>();

    void add(int start, int end) {
        ranges.add(new int[]{start, end});
    }

    /** {@code text[start, end)} with every claimed character replaced by a space. */
    String blank(String text, int start, int end) {
        StringBuilder b = new StringBuilder(text.substring(start, end));
        for (int[] r : ranges) {
            for (int i = Math.max(start, r[0]); i < Math.min(end, r[1]); i++) {
                b.setCharAt(i - start, ' ');
            }
        }
        return b.toString();
    }

    /** Whether {@code [start, end)} overlaps a claimed range. */
    boolean overlaps(int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }
}
