package io.smbhub.domain.ai;

import java.util.Comparator;
import java.util.Optional;

/**
 * A sub-run of digit groups that looks like a card, a NIK or a phone, with how sure the rules are. Candidates are
 * ranked: card before NIK before phone; a number a phone rule recognises by its shape before one only a label
 * ({@code HP 9123 4567}) vouches for; no dangling short group ({@code 0812 3456 7890 2 pcs} is the phone without the
 * {@code 2}); longer, then earlier. Package-private helper of {@link PiiDetector}.
 */
record NumberCandidate(PiiType type, int start, int end, boolean weak, boolean dangling) {

    static final Comparator<NumberCandidate> BEST_FIRST = Comparator
            .comparingInt(NumberCandidate::typeRank)
            .thenComparing(NumberCandidate::weak)
            .thenComparing(NumberCandidate::dangling)
            .thenComparingInt(c -> c.start() - c.end())
            .thenComparingInt(NumberCandidate::start);

    private int typeRank() {
        return type == PiiType.CARD ? 0 : type == PiiType.NIK ? 1 : 2;
    }

    /** The candidate groups {@code i..j} of {@code run} make, if any. */
    static Optional<NumberCandidate> classify(DigitRun run, int i, int j) {
        String text = run.text();
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            sb.append(text, run.groupStart(k), run.groupEnd(k));
        }
        String digits = sb.toString();
        int start = run.valueStart(i);
        int end = run.groupEnd(j);
        String prefix = text.substring(start, run.groupStart(i));
        if (prefix.isEmpty()) {
            boolean card = PiiChecks.card(digits) && groupedLikeCard(run, i, j)
                    && !ContextLabel.namedAsNonPii(text, start, PiiType.CARD);
            boolean nik = PiiChecks.nik(digits) && groupedLikeNik(run, i, j)
                    && !ContextLabel.namedAsNonPii(text, start, PiiType.NIK);
            if (card && nik) {
                ContextLabel label = ContextLabel.forIdentity(text, start);
                return Optional.of(new NumberCandidate(label == ContextLabel.NIK ? PiiType.NIK : PiiType.CARD,
                        start, end, false, false));
            }
            if (card || nik) {
                return Optional.of(new NumberCandidate(card ? PiiType.CARD : PiiType.NIK, start, end, false, false));
            }
        }
        return phone(run, i, j, digits, prefix, start, end);
    }

    /**
     * How people write card numbers: all digits together, or one separator (space, dash or dot) throughout with
     * groups of 4–6 digits before the last ({@code 4111 1111 1111 1111}, {@code 3782 822463 10005}).
     */
    private static boolean groupedLikeCard(DigitRun run, int i, int j) {
        if (!uniformSeparator(run, i, j)) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (run.groupLength(k) < 4 || run.groupLength(k) > 6) {
                return false;
            }
        }
        return true;
    }

    /** How people write NIKs: 16 digits together, or 4-4-4-4 or 6-6-4 with one separator throughout. */
    private static boolean groupedLikeNik(DigitRun run, int i, int j) {
        if (i == j) {
            return true;
        }
        if (!uniformSeparator(run, i, j)) {
            return false;
        }
        StringBuilder shape = new StringBuilder();
        for (int k = i; k <= j; k++) {
            shape.append(run.groupLength(k)).append(' ');
        }
        return shape.toString().equals("4 4 4 4 ") || shape.toString().equals("6 6 4 ");
    }

    private static boolean uniformSeparator(DigitRun run, int i, int j) {
        String first = null;
        for (int k = i + 1; k <= j; k++) {
            String sep = run.separator(k);
            if (sep.length() != 1 || " -.\u00A0".indexOf(sep.charAt(0)) < 0 || (first != null && !first.equals(sep))) {
                return false;
            }
            first = sep;
        }
        return true;
    }

    private static Optional<NumberCandidate> phone(DigitRun run, int i, int j, String digits, String prefix,
                                                   int start, int end) {
        String text = run.text();
        int n = digits.length();
        boolean plus = prefix.indexOf('+') >= 0;
        boolean parenFirst = prefix.indexOf('(') >= 0 && j > i && run.separator(i + 1).startsWith(")");
        if (prefix.startsWith("(") && text.substring(start, end).indexOf(')') < 0) {
            start++;
        }
        boolean strong;
        boolean weak = false;
        if (plus) {
            strong = n >= 8 && n <= 15 && digits.charAt(0) != '0';
        } else {
            boolean shaped = indonesian(run, i, j, digits, parenFirst) || northAmerican(run, i, j, digits, prefix)
                    || eightDigitLocal(run, i, j, digits);
            if (!shaped && (n < 7 || n > 15)) {
                return Optional.empty();
            }
            ContextLabel label = ContextLabel.forPhone(text, start);
            strong = shaped && label != ContextLabel.NOT_PHONE;
            weak = !strong && label == ContextLabel.PHONE;
        }
        if (!strong && !weak) {
            return Optional.empty();
        }
        boolean dangling = j > i && run.groupLength(j) <= 2 && run.groupLength(j - 1) >= 3
                && run.separator(j).isBlank();
        return Optional.of(new NumberCandidate(PiiType.PHONE, start, end, weak, dangling));
    }

    /**
     * Indonesian (and other trunk-prefix 0) shapes: {@code 62 8…} without the plus (11–14 digits), mobile
     * {@code 08…} (10–13 digits), a landline whose area code is bracketed ({@code (021) 5551234}) or set apart
     * ({@code 0274-512345}, {@code 020 7946 0958}) with 9–12 digits in all.
     */
    private static boolean indonesian(DigitRun run, int i, int j, String digits, boolean parenFirst) {
        int n = digits.length();
        if (digits.startsWith("628") && n >= 11 && n <= 14) {
            return true;
        }
        if (digits.startsWith("08") && n >= 3 && digits.charAt(2) != '0' && n >= 10 && n <= 13) {
            return true;
        }
        if (digits.charAt(0) != '0' || n < 9 || n > 12 || digits.charAt(1) == '0') {
            return false;
        }
        int area = run.groupLength(i);
        if (area < 2 || area > 5 || j == i) {
            return false;
        }
        if (parenFirst) {
            return true;
        }
        for (int k = i + 1; k <= j; k++) {
            if (run.groupLength(k) < 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Singapore / Hong Kong local numbers written as two groups of four ({@code 9123 4567}, {@code 6123-4567}), first
     * digit 6, 8 or 9, standing alone (not part of a longer run such as a virtual-account number).
     */
    private static boolean eightDigitLocal(DigitRun run, int i, int j, String digits) {
        return run.size() == 2 && i == 0 && j == 1 && run.groupLength(0) == 4 && run.groupLength(1) == 4
                && "689".indexOf(digits.charAt(0)) >= 0 && (run.separator(1).equals(" ") || run.separator(1).equals("-"));
    }

    /** North American shapes: {@code (415) 555-0132}, {@code 415-555-0132}, {@code 415.555.0132}, {@code 1-800-…}. */
    private static boolean northAmerican(DigitRun run, int i, int j, String digits, String prefix) {
        int groups = j - i + 1;
        int first = i;
        if (groups == 4 && run.groupLength(i) == 1 && digits.charAt(0) == '1') {
            first = i + 1;
        } else if (groups != 3) {
            return false;
        }
        if (run.groupLength(first) != 3 || run.groupLength(first + 1) != 3 || run.groupLength(first + 2) != 4) {
            return false;
        }
        String text = run.text();
        char area = text.charAt(run.groupStart(first));
        char exchange = text.charAt(run.groupStart(first + 1));
        if (area < '2' || exchange < '2') {
            return false;
        }
        if (prefix.contains("(") && first == i && !run.separator(i + 1).startsWith(")")) {
            return false;
        }
        for (int k = i + 1; k <= j; k++) {
            String sep = run.separator(k).strip();
            if (!sep.isEmpty() && !sep.equals("-") && !sep.equals(".") && !sep.equals(")")) {
                return false;
            }
        }
        return true;
    }
}
