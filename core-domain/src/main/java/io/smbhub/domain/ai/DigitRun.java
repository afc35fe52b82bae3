package io.smbhub.domain.ai;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal run of digit groups in a text, joined by the separators people type inside phone, card and ID numbers
 * (one space, a dash or dot, parentheses, a plus: {@code +62 (812) 3456-7890}, {@code 4111 1111 1111 1111}). The
 * number detectors look at the whole run and at its sub-runs that start and end at a whitespace separator, so two
 * numbers separated by a space ({@code 0812 3456 7890 2 pcs}) can still be told apart. Package-private helper of
 * {@link PiiRedactor}.
 */
final class DigitRun {

    private final String text;
    private final int prefixStart;
    private final int[] starts;
    private final int[] ends;

    private DigitRun(String text, int prefixStart, List<int[]> groups) {
        this.text = text;
        this.prefixStart = prefixStart;
        this.starts = groups.stream().mapToInt(g -> g[0]).toArray();
        this.ends = groups.stream().mapToInt(g -> g[1]).toArray();
    }

    /** The runs of {@code text}, left to right, that stand alone (not glued to a word, an amount or a code). */
    static List<DigitRun> scan(String text) {
        List<DigitRun> runs = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int prefixStart = i;
            if (prefixStart > 0 && text.charAt(prefixStart - 1) == '+') {
                prefixStart--;
            }
            if (prefixStart > 0 && text.charAt(prefixStart - 1) == '(') {
                prefixStart--;
            }
            List<int[]> groups = new ArrayList<>();
            int g = i;
            while (true) {
                int e = g;
                while (e < n && isDigit(text.charAt(e))) {
                    e++;
                }
                groups.add(new int[]{g, e});
                int next = separatorEnd(text, e);
                if (next == e) {
                    break;
                }
                g = next;
            }
            DigitRun run = new DigitRun(text, prefixStart, groups);
            if (run.standsAlone()) {
                runs.add(run);
            }
            i = run.ends[run.ends.length - 1];
        }
        return runs;
    }

    /** End of a separator starting at {@code at} that is followed by a digit, or {@code at} when there is none. */
    private static int separatorEnd(String text, int at) {
        int n = text.length();
        int k = at;
        if (k < n && text.charAt(k) == ')') {
            k++;
        }
        if (k < n && isSpace(text.charAt(k))) {
            k++;
        }
        if (k < n && isDash(text.charAt(k))) {
            k++;
            if (k < n && isSpace(text.charAt(k))) {
                k++;
            }
        }
        if (k < n && text.charAt(k) == '(') {
            k++;
        }
        if (k < n && text.charAt(k) == '+') {
            k++;
        }
        return k > at && k < n && isDigit(text.charAt(k)) ? k : at;
    }

    private boolean standsAlone() {
        if (prefixStart > 0) {
            char before = text.charAt(prefixStart - 1);
            char beforeThat = prefixStart > 1 ? text.charAt(prefixStart - 2) : ' ';
            if (Character.isLetterOrDigit(before) || "_#@$€£¥%&".indexOf(before) >= 0) {
                return false;
            }
            if (before == '-' && Character.isLetterOrDigit(beforeThat)) {
                return false;
            }
            if ((before == '.' || before == ',') && isDigit(beforeThat) && ends[0] - starts[0] <= 3) {
                return false;
            }
        }
        int end = ends[ends.length - 1];
        if (end < text.length()) {
            char after = text.charAt(end);
            return !Character.isLetterOrDigit(after) && "_@%".indexOf(after) < 0;
        }
        return true;
    }

    /**
     * Whether the whole run is laid out like a card or NIK ({@code 3433 0650 9582 1956}): one separator throughout,
     * groups of four (the last 3–4), 13–19 digits. Such a run is judged whole, so no phone is cut out of it.
     */
    boolean cardShaped() {
        if (size() < 3) {
            return false;
        }
        int digits = 0;
        for (int k = 0; k < size(); k++) {
            digits += groupLength(k);
            if ((k < size() - 1 && groupLength(k) != 4) || groupLength(k) > 4 || groupLength(k) < 3
                    || (k > 0 && (separator(k).length() != 1 || !separator(k).equals(separator(1))))) {
                return false;
            }
        }
        return digits >= 13 && digits <= 19;
    }

    int size() {
        return starts.length;
    }

    int groupStart(int k) {
        return starts[k];
    }

    int groupEnd(int k) {
        return ends[k];
    }

    int groupLength(int k) {
        return ends[k] - starts[k];
    }

    /** The characters between group {@code k - 1} and group {@code k} ({@code k ≥ 1}). */
    String separator(int k) {
        return text.substring(ends[k - 1], starts[k]);
    }

    /** Whether a sub-run may start at group {@code k}: the run's first group, or one after a whitespace separator. */
    boolean canStartAt(int k) {
        return k == 0 || containsSpace(separator(k));
    }

    /** Whether a sub-run may end at group {@code k}: the run's last group, or one before a whitespace separator. */
    boolean canEndAt(int k) {
        return k == size() - 1 || containsSpace(separator(k + 1));
    }

    /** Where a sub-run starting at group {@code k} begins, including a {@code (}, {@code +} or {@code (+} before it. */
    int valueStart(int k) {
        if (k == 0) {
            return prefixStart;
        }
        int s = starts[k];
        int limit = ends[k - 1];
        while (s > limit && (text.charAt(s - 1) == '+' || text.charAt(s - 1) == '(')) {
            s--;
        }
        return s;
    }

    String text() {
        return text;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '.' || c == '\u2013' || c == '\u2014';
    }

    private static boolean containsSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
