package io.smbhub.domain.ai;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The privacy layer (issue 6 "PII masking"; enterprise-business-os.md feature 4): finds personal data in text that is
 * about to leave the server and replaces it with typed placeholders, then puts the values back into the answer.
 *
 * <p>Built-in types ({@link PiiType}): emails; phone numbers (E.164 such as {@code +62 812 3456 7890},
 * {@code +1 (415) 555-0132}, {@code +44 20 7946 0958}; Indonesian {@code 0812-3456-7890}, {@code 62812…},
 * {@code (021) 5551234}; North American {@code 415-555-0132}; any 7–15 digits labelled {@code HP}/{@code WA}/
 * {@code Tel}/{@code call}); Indonesian NIK (and KK) numbers; payment cards (13–19 digits, Luhn, issuer prefix);
 * IBANs (registered length, mod-97). Then the tenant's {@link AiSettings.CustomPattern}s in their order, each match
 * typed with the pattern's name. Not PII, never masked: amounts, dates, times, quantities, percentages, invoice,
 * quote, order, PO, tracking and serial numbers, UUIDs, postal codes, bank account numbers that are not IBANs, and
 * NPWP tax ids (a business's NPWP is printed on every invoice; a 16-digit personal NPWP is the owner's NIK and is
 * masked as NIK). A number labelled as a bank account, order, invoice, tracking, tax or code number is not taken for
 * a phone unless it has a {@code +} country code.
 *
 * <p>Overlaps: the first finder to claim characters keeps them (emails, IBANs, cards, NIKs, phones, then custom
 * patterns); a 16-digit number that is a Luhn-valid card with a known issuer prefix is a CARD, unless the words just
 * before it say NIK/KTP/KK; otherwise a structurally valid one is a NIK.
 *
 * <p>Placeholders are {@code [REDACTED_<TYPE>_<n>]}, numbered from 1 per type within one {@link Session}; the same
 * value (compared without formatting, emails ignoring case) gets the same placeholder throughout the session.
 * Thread-safe and immutable; sessions are not thread-safe.
 */
public final class PiiRedactor {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?:\\[\\s*)?\\bREDACTED_([A-Z0-9_]*[A-Z0-9])(?:\\s*])?", Pattern.CASE_INSENSITIVE);
    private static final long MATCH_STEPS_PER_CHAR = 2_000;
    private static final long MATCH_STEPS_BASE = 2_000_000;

    private final List<Compiled> custom;

    /**
     * A redactor for the built-in types plus {@code customPatterns} (may be empty; already validated by
     * {@link AiSettings.CustomPattern}).
     */
    public PiiRedactor(List<AiSettings.CustomPattern> customPatterns) {
        this.custom = customPatterns == null ? List.of() : customPatterns.stream()
                .map(p -> new Compiled(p.name(), Pattern.compile(p.regex())))
                .toList();
    }

    /** A redactor for the built-in types only. */
    public static PiiRedactor builtIn() {
        return new PiiRedactor(List.of());
    }

    /** The built-in PII spans of {@code text} (no custom patterns), sorted by start, never overlapping. */
    public static List<Span> detect(String text) {
        return text == null || text.isEmpty() ? List.of() : PiiDetector.detect(text);
    }

    /**
     * The built-in and custom PII spans of {@code text}, sorted by start, never overlapping. Errors:
     * {@code VALIDATION_ERROR} on {@code custom_patterns.regex} when a custom pattern backtracks without end on this
     * text (the text must then not be sent anywhere).
     */
    public List<Span> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(PiiDetector.detect(text));
        PiiDetector.Occupied taken = new PiiDetector.Occupied();
        spans.forEach(s -> taken.add(s.start(), s.end()));
        for (Compiled pattern : custom) {
            Matcher m = pattern.regex().matcher(new BoundedText(text));
            try {
                while (m.find()) {
                    if (m.end() > m.start() && taken.free(m.start(), m.end())) {
                        taken.add(m.start(), m.end());
                        spans.add(new Span(pattern.name(), m.start(), m.end(), m.group()));
                    }
                }
            } catch (MatchTooSlow e) {
                throw new DomainException(ErrorCode.VALIDATION_ERROR, "Custom redaction pattern " + pattern.name()
                        + " takes too long on a text of " + text.length() + " characters, so it was not sent to the"
                        + " model; simplify the pattern in the AI settings",
                        List.of(new FieldError("custom_patterns.regex", "Pattern " + pattern.name()
                                + " backtracks excessively; avoid nested repetition such as (a+)+")));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return List.copyOf(spans);
    }

    /** A new redaction session: one per model call, shared by every text of that call. */
    public Session session() {
        return new Session();
    }

    /**
     * A piece of personal data in a text: {@code type} (a {@link PiiType} name or a custom pattern name),
     * {@code start}/{@code end} character offsets (end exclusive), and the {@code value} as written.
     * {@link #toString()} leaves the value out; never log {@link #value()}.
     */
    public record Span(String type, int start, int end, String value) {
        public Span {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Span[" + type + " " + start + ".." + end + "]";
        }
    }

    /**
     * The redactions of one model call: {@link #redact(String)} may be called for several texts (system prompt, user
     * prompt, values of a JSON document) and numbers placeholders across all of them; {@link #restore(String)} puts
     * the values back into the model's answer.
     */
    public final class Session {
        private final Map<String, Entry> byValue = new HashMap<>();
        private final Map<String, Entry> byPlaceholder = new LinkedHashMap<>();
        private final Map<String, Integer> counters = new HashMap<>();

        private Session() {
        }

        /**
         * {@code text} with every PII span replaced by its placeholder ({@code null} stays {@code null}). Errors: as
         * {@link PiiRedactor#find(String)}.
         */
        public String redact(String text) {
            if (text == null) {
                return null;
            }
            List<Span> spans = find(text);
            if (spans.isEmpty()) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int at = 0;
            for (Span span : spans) {
                out.append(text, at, span.start()).append(placeholderFor(span));
                at = span.end();
            }
            return out.append(text, at, text.length()).toString();
        }

        /**
         * {@code text} with every placeholder of this session put back to its value ({@code null} stays
         * {@code null}). Lenient about what models do to placeholders: lower case, missing brackets or spaces inside
         * them; unknown placeholders are left as they are.
         */
        public String restore(String text) {
            if (text == null || byPlaceholder.isEmpty()) {
                return text;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            while (m.find()) {
                Entry entry = byPlaceholder.get(m.group(1).toUpperCase(Locale.ROOT));
                m.appendReplacement(out, Matcher.quoteReplacement(entry == null ? m.group() : entry.value));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The distinct values masked so far, in order of first appearance. */
        public List<Redaction> found() {
            return byPlaceholder.values().stream()
                    .map(e -> new Redaction(e.type, "[REDACTED_" + e.token + "]", e.value, e.occurrences))
                    .toList();
        }

        private String placeholderFor(Span span) {
            Entry entry = byValue.computeIfAbsent(span.type() + '\u0000' + normalize(span), key -> {
                int n = counters.merge(span.type(), 1, Integer::sum);
                Entry created = new Entry(span.type(), span.type() + "_" + n, span.value());
                byPlaceholder.put(created.token, created);
                return created;
            });
            entry.occurrences++;
            return "[REDACTED_" + entry.token + "]";
        }

        private static String normalize(Span span) {
            String value = span.value();
            if (PiiType.EMAIL.name().equals(span.type())) {
                return value.toLowerCase(Locale.ROOT);
            }
            boolean numeric = PiiType.PHONE.name().equals(span.type()) || PiiType.CARD.name().equals(span.type())
                    || PiiType.NIK.name().equals(span.type()) || PiiType.IBAN.name().equals(span.type());
            return numeric ? value.replaceAll("[^A-Za-z0-9+]", "").toUpperCase(Locale.ROOT) : value;
        }
    }

    private static final class Entry {
        private final String type;
        private final String token;
        private final String value;
        private int occurrences;

        private Entry(String type, String token, String value) {
            this.type = type;
            this.token = token;
            this.value = value;
        }
    }

    private record Compiled(String name, Pattern regex) {
    }

    /** Signals that a custom pattern exceeded its matching budget. */
    private static final class MatchTooSlow extends RuntimeException {
        private MatchTooSlow() {
            super(null, null, false, false);
        }
    }

    /** The text seen through a step budget, so a tenant's catastrophic regex fails instead of hanging a request. */
    private static final class BoundedText implements CharSequence {
        private final String text;
        private long budget;

        private BoundedText(String text) {
            this.text = text;
            this.budget = MATCH_STEPS_BASE + MATCH_STEPS_PER_CHAR * text.length();
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new MatchTooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
