package io.smbhub.application.service.ai;

import io.smbhub.domain.ai.DraftFields.DraftLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote and invoice lines of the offline extractor (issue 6): each line, bullet or clause with a price becomes a
 * {@link DraftLine}. Quantities: {@code 2x}, {@code x2}, {@code 3 pcs}, {@code qty 4}, {@code 2 unit},
 * {@code 30 x 35.000}, {@code 2 hrs}; unit prices after {@code @}, {@code at}, {@code x} or {@code each}; a price
 * after {@code =} or "total" with a quantity is divided by it. Clauses about deposits, discounts, budgets or totals are
 * not lines.
 */
final class RuleLineItems {

    private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?iu)\\R|;|(?<!\\d),|,(?!\\d)|,(?=\\d{1,2}\\b(?![.,]\\d))"
            + "|\\s\\+\\s?|\\s(?:dan|and|&|plus|serta)\\s|\\.\\s+");
    private static final Pattern PART_SPLIT = Pattern.compile("(?<!\\s)\\s*+:\\s*+|(?<!\\s)\\s++[-–—]\\s++");
    private static final String UNIT = "(?:pcs|pc|pieces?|units?|unit|buah|bh|biji|btg|batang|box|boxes|dus|karung|"
            + "kaleng|porsi|pax|org|orang|lembar|lbr|sets?|rolls?|rim|botol|bottles?|paket|packs?|titik|ekor|lusin|"
            + "hrs|hours?|jam|months?|bulan|days?|hari|sessions?|sesi|visits?|kunjungan|rooms?|kamar|m2|sqm|meter|kali|"
            + "times|tabung|galon|sak|zak|item|items|tahun|years?)";
    private static final Pattern QTY_UNIT = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])(\\d{1,5})\\s*(?:[\\p{L}]+\\s+)?" + UNIT
            + "(?![\\p{L}])");
    private static final Pattern QTY_X_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])(\\d{1,5})\\s*[x×*](?=\\s|$|[^\\p{L}\\d])");
    private static final Pattern QTY_X_AFTER = Pattern.compile("(?iu)(?<![\\p{L}\\d])[x×]\\s?(\\d{1,5})(?![\\d.,]\\d)(?![\\p{L}])");
    private static final Pattern QTY_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:qty|quantity|jumlah|jml)\\s*[:.=]?\\s*(\\d{1,5})");
    private static final Pattern UNIT_PRICE_CUE = Pattern.compile("(?iu)(?:@|\\bat\\b|\\bx\\b|×|\\beach\\b|\\bper\\b|"
            + "\\bmasing-masing\\b|\\b@?harga satuan\\b)\\s*$");
    private static final Pattern TOTAL_CUE = Pattern.compile("(?iu)(?:=|\\btotal\\b|\\bjadi\\b|\\bsemua\\b)\\s*$");
    private static final Pattern NOT_A_LINE = Pattern.compile("(?iu)(?<![\\p{L}])(dp|deposit|uang muka|down payment|"
            + "diskon|discount|potongan|budget|anggaran|sub ?total|grand total|total|jumlah|ppn|vat|tax|pajak|"
            + "sudah (?:dibayar|bayar|transfer)|paid|change|kembali|tunai|cash)(?![\\p{L}])");
    private static final Pattern BARE_NUMBER_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])(jl|jln|jalan|no|nomor|blok|block|"
            + "lt|lantai|floor|km|rt|rw|st|street|unit|gedung|tower|room|kamar|type|tipe|model|ukuran|size)\\.?\\s*$");
    private static final Pattern LEAD_NOISE = Pattern.compile("(?iu)^(?:[-*•·>]+|\\d{1,2}[.)]\\s)\\s*");
    private static final Pattern INTENT_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])(please|pls|tolong|mohon|buatkan|"
            + "buat(?:kan)?|bikin(?:in)?|draft|raise|issue|send|kirim|create|make|bill|charge|invoice|invois|tagihan|"
            + "faktur|nota|quote|quotation|estimate|estimasi|penawaran|harga|ya|yg|an|a|the|ke|to|for|untuk|utk|"
            + "atas|sebesar|senilai|seharga|sejumlah|biaya|ongkos jasa|at|@|x|×|each|per|masing-masing|rp\\.?|idr|"
            + "usd|sgd|eur|myr|gbp|s\\$|\\$|€|£|=|hr|/hr|/pax|/pcs|/unit|/jam|incl\\.?|including|termasuk)(?![\\p{L}])");

    private static final Pattern QTY_WITH_UNIT = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])\\d{1,5}\\s*" + UNIT
            + "(?![\\p{L}])");
    private static final Pattern HONORIFIC_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + RuleContacts.HONORIFIC
            + ")\\.?(?=\\s|$)");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{Punct}–—\\s]++|(?<![\\p{Punct}–—\\s])[\\p{Punct}–—\\s]++$");
    private static final Pattern LEADING_WORD = Pattern.compile("(?iu)^(?:" + INTENT_WORDS.pattern() + ")\\s*+");
    private static final Pattern TRAILING_WORD = Pattern.compile("(?iu)(?<!\\s)\\s*+(?:" + INTENT_WORDS.pattern() + ")$");

    private static final Pattern PREPOSITION = Pattern.compile("(?iu)(?<![\\p{L}])(?:for|untuk|utk|atas|buat)\\s+");

    private RuleLineItems() {
    }

    /**
     * The priced lines of {@code text}. {@code money}: the amounts found in the whole text (strong ones always count;
     * weak bare numbers count as prices only when {@code bareNumbers} and they end a clause); {@code contactName} is
     * removed from descriptions.
     */
    static List<DraftLine> find(String text, List<RuleMoney.Mention> money, boolean bareNumbers, String contactName,
                                RuleSpans blocked) {
        List<DraftLine> lines = new ArrayList<>();
        Matcher split = CLAUSE_SPLIT.matcher(text);
        int from = 0;
        List<int[]> clauses = new ArrayList<>();
        while (split.find()) {
            clauses.add(new int[]{from, split.start()});
            from = split.end();
        }
        clauses.add(new int[]{from, text.length()});
        String unclaimed = blocked.blank(text, 0, text.length());
        Pattern contact = contactName == null ? null : Pattern.compile("(?iu)(?:" + RuleContacts.HONORIFIC + "\\.?\\s+)?"
                + Pattern.quote(contactName));
        for (int[] c : clauses) {
            DraftLine line = line(text, unclaimed, c[0], c[1], money, bareNumbers, contact, blocked);
            if (line != null && lines.size() < 100) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static DraftLine line(String text, String unclaimed, int start, int end, List<RuleMoney.Mention> money,
                                  boolean bareNumbers, Pattern contact, RuleSpans blocked) {
        String clause = text.substring(start, end);
        if (clause.isBlank()) {
            return null;
        }
        int contentEnd = end;
        while (contentEnd > start && " \t\n\r.,!?)".indexOf(text.charAt(contentEnd - 1)) >= 0) {
            contentEnd--;
        }
        List<RuleMoney.Mention> inside = new ArrayList<>();
        for (RuleMoney.Mention m : RuleLineItems.within(money, start, end)) {
            if (m.end() <= end) {
                boolean endsClause = m.end() >= contentEnd;
                if (m.strong() || (bareNumbers && endsClause && plausibleBarePrice(text, m))) {
                    inside.add(m);
                }
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        RuleMoney.Mention price = null;
        boolean unitPrice = false;
        boolean totalPrice = false;
        for (RuleMoney.Mention m : inside) {
            String lead = text.substring(Math.max(start, m.start() - 24), m.start());
            if (UNIT_PRICE_CUE.matcher(lead).find()) {
                price = m;
                unitPrice = true;
                break;
            }
        }
        if (price == null) {
            price = inside.get(inside.size() - 1);
            totalPrice = TOTAL_CUE.matcher(text.substring(Math.max(start, price.start() - 24), price.start())).find();
        }
        if (NOT_A_LINE.matcher(clauseWithoutMoney(text, start, end, inside).replaceAll("\\([^)]*\\)", " ")).find()
                && !unitPrice) {
            return null;
        }
        BigDecimal qty = quantity(text, start, end, price, blocked);
        BigDecimal unit = price.value();
        if (totalPrice && !unitPrice && qty != null && qty.compareTo(BigDecimal.ONE) > 0) {
            unit = unit.divide(qty, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        String description = description(unclaimed, start, end, inside, contact);
        if (description.isBlank()) {
            return null;
        }
        return new DraftLine(description, qty == null ? BigDecimal.ONE : qty, unit.signum() < 0 ? null : unit);
    }

    /** The mentions (sorted by start) that start in {@code [start, end)}, found by binary search. */
    private static List<RuleMoney.Mention> within(List<RuleMoney.Mention> money, int start, int end) {
        int lo = 0;
        int hi = money.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (money.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < money.size() && money.get(to).start() < end) {
            to++;
        }
        return money.subList(lo, to);
    }

    /**
     * Whether a number written without currency can be a price: at least 10, not a year, not a group of a longer
     * number ("12 345 678 901"), not a house or floor number ("Jl Cempaka 9", "Lt. 3").
     */
    private static boolean plausibleBarePrice(String text, RuleMoney.Mention m) {
        BigDecimal v = m.value();
        if (v.compareTo(BigDecimal.TEN) < 0 || v.scale() <= 0 && v.compareTo(new BigDecimal("1900")) >= 0
                && v.compareTo(new BigDecimal("2100")) <= 0) {
            return false;
        }
        String lead = text.substring(Math.max(0, m.start() - 12), m.start());
        return !lead.matches("(?su).*\\d\\s*$") && !BARE_NUMBER_LEAD.matcher(lead).find();
    }

    /** {@code text[start, end)} with the amounts in {@code inside} blanked out (offsets kept). */
    private static String clauseWithoutMoney(String text, int start, int end, List<RuleMoney.Mention> inside) {
        StringBuilder b = new StringBuilder(text.substring(start, end));
        for (RuleMoney.Mention m : inside) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i - start, ' ');
            }
        }
        return b.toString();
    }

    /** The quantity of the clause, or null (= 1). */
    static BigDecimal quantity(String text, int start, int end, RuleMoney.Mention price, RuleSpans blocked) {
        String clause = text.substring(start, end);
        for (Pattern p : List.of(QTY_X_BEFORE, QTY_LABEL, QTY_X_AFTER, QTY_UNIT)) {
            Matcher m = p.matcher(clause);
            while (m.find()) {
                int s = start + m.start(1);
                int e = start + m.end(1);
                if (price != null && s >= price.start() && s < price.end() || blocked.overlaps(s, e)) {
                    continue;
                }
                BigDecimal q = new BigDecimal(m.group(1));
                if (q.signum() > 0) {
                    return q;
                }
            }
        }
        return null;
    }

    /** The description of a clause of {@code unclaimed} (the text with dates, phones, emails blanked out). */
    private static String description(String unclaimed, int start, int end, List<RuleMoney.Mention> inside,
                                      Pattern contact) {
        String clause = clauseWithoutMoney(unclaimed, start, end, inside);
        // pick the part of "a: b" / "a - b" that carries words; the priced part first
        String[] parts = PART_SPLIT.split(clause);
        String chosen = null;
        for (int i = parts.length - 1; i >= 0 && chosen == null; i--) {
            String d = clean(parts[i], contact);
            chosen = d.isEmpty() ? null : d;
        }
        if (chosen == null) {
            return "";
        }
        if (chosen.length() > 200) {
            chosen = chosen.substring(0, 200).strip();
        }
        return chosen;
    }

    /** Removes bullets, quantities, prices, currency words, polite/intent words and the contact's name. */
    static String clean(String raw, Pattern contact) {
        String s = raw;
        int prep = lastPreposition(s);
        if (prep >= 0) {
            s = s.substring(prep);
        }
        s = LEAD_NOISE.matcher(s.strip()).replaceFirst("");
        s = s.replaceAll("\\([^)]*\\)", " ");
        if (contact != null) {
            s = contact.matcher(s).replaceAll(" ");
        }
        s = QTY_X_BEFORE.matcher(s).replaceAll(" ");
        s = QTY_X_AFTER.matcher(s).replaceAll(" ");
        s = QTY_LABEL.matcher(s).replaceAll(" ");
        s = QTY_WITH_UNIT.matcher(s).replaceAll(" ");
        s = HONORIFIC_WORD.matcher(s).replaceAll(" ");
        String prev;
        do {
            prev = s;
            s = EDGE_PUNCT.matcher(s.strip()).replaceAll("");
            s = LEADING_WORD.matcher(s).replaceFirst("");
            s = TRAILING_WORD.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        s = s.replaceAll("\\s+", " ").strip();
        if (s.length() < 2 || !s.matches("(?su).*\\p{L}{2,}.*")) {
            return "";
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Where the words after the last "for"/"untuk"/"atas" that is followed by more words start, else -1. */
    private static int lastPreposition(String s) {
        Matcher m = PREPOSITION.matcher(s);
        int at = -1;
        while (m.find()) {
            String rest = s.substring(m.end()).strip();
            if (rest.matches("(?su).*\\p{L}{3,}.*")) {
                at = m.end();
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (at >= 0 && lower.substring(0, at).matches("(?su).*\\d.*")) {
            return -1; // "2 jam untuk…" — keep the words before
        }
        return at;
    }
}
