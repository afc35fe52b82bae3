package io.smbhub.domain.ai;

import io.smbhub.domain.ai.PiiRedactor.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the built-in kinds of personal data in a text (issue 6 "PII masking"). Order and overlaps: UUIDs and
 * formatted NPWP tax ids are shielded first (never PII, never part of another match); then emails; then IBANs; then
 * numbers, where a card (Luhn + issuer prefix) beats a NIK for the same 16 digits unless the words before say
 * NIK/KTP/KK, and a phone only takes digits no card or NIK took. Package-private engine of {@link PiiRedactor}.
 */
final class PiiDetector {

    private static final String LOCAL = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_%+'-]{0,63}"
            + "(?:\\.[\\p{L}\\p{N}_][\\p{L}\\p{N}_%+'-]{0,62}){0,8}";
    private static final String AT = "(?:@|\\s@\\s|\\s?[\\[(]\\s?(?i:at)\\s?[\\])]\\s?)";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final String DOT = "(?:\\.|\\s?[\\[(]\\s?(?i:dot)\\s?[\\])]\\s?)";
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}_%+'.-])" + LOCAL + AT
            + "(?:" + LABEL + DOT + "){1,8}(?<tld>\\p{L}{2,24})(?![\\p{L}\\p{N}-])");
    /** The spelled-out form {@code budi at gmail dot com}: both words, lower case, a 2–6 letter top-level domain. */
    private static final Pattern SPELLED_EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}_%+'.-])" + LOCAL
            + " at (?:" + LABEL + " dot ){1,8}(?<tld>\\p{Ll}{2,6})(?![\\p{L}\\p{N}-])");
    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "heic",
            "pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "zip");

    private static final Pattern IBAN_START = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}");

    private static final Pattern SHIELDED = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"
                    + "|(?<![\\d.])\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}(?![\\d])");

    /** The most digit groups a card ({@code 4111 1111 1111 1111 111}) or phone ({@code +33 6 12 34 56 78}) has. */
    private static final int MAX_GROUPS = 8;
    /** Longer stretches of digits and separators are never one card, NIK or phone (19 digits + separators). */
    private static final int MAX_SPAN_CHARS = 32;

    private PiiDetector() {
    }

    /** The built-in spans of {@code text}, sorted by start, never overlapping. */
    static List<Span> detect(String text) {
        Occupied taken = new Occupied();
        Matcher shield = SHIELDED.matcher(text);
        while (shield.find()) {
            taken.add(shield.start(), shield.end());
        }
        List<Span> found = new ArrayList<>();
        emails(text, taken, found);
        ibans(text, taken, found);
        numbers(text, taken, found);
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    private static void emails(String text, Occupied taken, List<Span> found) {
        emails(EMAIL.matcher(text), taken, found);
        emails(SPELLED_EMAIL.matcher(text), taken, found);
    }

    private static void emails(Matcher m, Occupied taken, List<Span> found) {
        while (m.find()) {
            if (FILE_EXTENSIONS.contains(m.group("tld").toLowerCase(Locale.ROOT)) || !taken.free(m.start(), m.end())) {
                continue;
            }
            taken.add(m.start(), m.end());
            found.add(new Span(PiiType.EMAIL.name(), m.start(), m.end(), m.group()));
        }
    }

    /**
     * IBANs: two letters and two digits at a word start, then letters/digits with single spaces between them; the
     * registered length of the country (else the longest 15–34 that checks), ending at a word boundary, mod-97 valid.
     */
    private static void ibans(String text, Occupied taken, List<Span> found) {
        Matcher m = IBAN_START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            List<Integer> positions = new ArrayList<>();
            int i = start;
            while (i < text.length() && positions.size() < 34) {
                char c = text.charAt(i);
                if (isAsciiAlnum(c)) {
                    positions.add(i);
                    i++;
                } else if (DigitRun.isSpace(c) && i + 1 < text.length() && isAsciiAlnum(text.charAt(i + 1))
                        && positions.size() >= 4) {
                    i++;
                } else {
                    break;
                }
            }
            int end = ibanEnd(text, start, positions);
            if (end > 0 && taken.free(start, end)) {
                taken.add(start, end);
                found.add(new Span(PiiType.IBAN.name(), start, end, text.substring(start, end)));
                from = end;
            } else {
                from = start + 1;
            }
        }
    }

    private static int ibanEnd(String text, int start, List<Integer> positions) {
        String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
        Integer registered = PiiChecks.ibanLength(country);
        int longest = Math.min(positions.size(), 34);
        int shortest = registered != null ? registered : 15;
        if (registered != null) {
            longest = Math.min(longest, registered);
        }
        for (int length = longest; length >= shortest; length--) {
            int end = positions.get(length - 1) + 1;
            if (end < text.length() && isAsciiAlnum(text.charAt(end))) {
                continue;
            }
            StringBuilder compact = new StringBuilder(length);
            for (int k = 0; k < length; k++) {
                compact.append(text.charAt(positions.get(k)));
            }
            if (PiiChecks.iban(compact.toString())) {
                return end;
            }
        }
        return -1;
    }

    /** Cards, NIKs and phones among the digit runs: all candidates first, then the best non-overlapping ones. */
    private static void numbers(String text, Occupied taken, List<Span> found) {
        List<NumberCandidate> candidates = new ArrayList<>();
        for (DigitRun run : DigitRun.scan(text)) {
            if (run.cardShaped()) {
                NumberCandidate.classify(run, 0, run.size() - 1).ifPresent(candidates::add);
                continue;
            }
            for (int i = 0; i < run.size(); i++) {
                if (!run.canStartAt(i)) {
                    continue;
                }
                for (int j = Math.min(run.size() - 1, i + MAX_GROUPS - 1); j >= i; j--) {
                    if (run.canEndAt(j) && run.groupEnd(j) - run.groupStart(i) <= MAX_SPAN_CHARS) {
                        NumberCandidate.classify(run, i, j).ifPresent(candidates::add);
                    }
                }
            }
        }
        candidates.sort(NumberCandidate.BEST_FIRST);
        for (NumberCandidate c : candidates) {
            if (taken.free(c.start(), c.end())) {
                taken.add(c.start(), c.end());
                found.add(new Span(c.type().name(), c.start(), c.end(), text.substring(c.start(), c.end())));
            }
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Character ranges already claimed by a finding or a shield; never overlapping, looked up by start. */
    static final class Occupied {
        private final TreeMap<Integer, Integer> ranges = new TreeMap<>();

        boolean free(int start, int end) {
            Map.Entry<Integer, Integer> before = ranges.floorEntry(end - 1);
            return before == null || before.getValue() <= start;
        }

        void add(int start, int end) {
            ranges.put(start, end);
        }
    }
}
