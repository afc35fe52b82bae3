package io.smbhub.application.service.ai;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expense fields of the offline extractor (issue 6; spec 10.5.2 "For Expense: vendor/date/amount/category"): the
 * vendor (a {@code From:} header, the shop named after a purchase — "beli … di X", "at X", "paid … to X" — or the
 * header line of a receipt) and a category from keywords (Fuel, Transport, Meals, Utilities, Rent, Office supplies,
 * Equipment, Materials, Software, Marketing).
 */
final class RuleExpense {

    private static final Map<String, Pattern> CATEGORIES = categories();
    private static final Pattern RECEIPT_WORD = Pattern.compile("(?iu)^(?:struk|receipt|e-receipt|nota|kwitansi|kuitansi|"
            + "resit|invoice|faktur|bukti|bill|tax invoice|factura|收据|小票|发票)\\b.*");
    private static final Pattern LABELLED_VENDOR = Pattern.compile("(?iu)(?:^|[\\n])[ \\t]*(?:receipt|struk|resit|nota|"
            + "factura simplificada|factura|kwitansi|merchant|toko|vendor|supplier)[ \\t]*[:\\-–—][ \\t]*([^,\\n]+?)"
            + "(?=\\s+[-–—]\\s+|,|\\n|$)");
    private static final Pattern AT_VENDOR = Pattern.compile("(?u)(?<![\\p{L}])(?:[Dd]i|[Aa]t|[Ff]rom|[Dd]ari|[Kk]e|[Tt]o)"
            + "\\s+((?:[Pp]ak|[Bb]u|[Mm]r\\.?|[Mm]rs\\.?)?\\s*[\\p{L}][\\p{L}0-9&'.-]*(?:\\s+[\\p{L}0-9][\\p{L}0-9&'.-]*){0,3})");
    private static final Pattern PURCHASE = Pattern.compile("(?iu)(?<![\\p{L}])(beli|membeli|belanja|bought|buy|paid|"
            + "bayar|membayar|transfer|purchase[d]?|order|ordered|isi|makan|lunch|dinner|ongkos|from|dari)(?![\\p{L}])");
    private static final java.util.Set<String> STOP = java.util.Set.copyOf(java.util.List.of(
            "buat", "untuk", "utk", "for", "total", "tgl", "tanggal", "habis", "yesterday", "kemarin", "today",
            "hari", "tadi", "on", "with", "and", "dan", "sama", "rp", "idr", "usd", "incl", "via", "pakai",
            "pake", "using", "yang", "yg", "the", "harga", "seharga", "sebesar", "landlord", "uang", "jam",
            "pukul", "kemaren", "ini", "itu", "nanti", "please", "pls", "tolong", "receipt", "struk", "nota",
            "bulan", "month", "sudah", "udah", "is", "was", "to", "at", "di", "ke", "invoice", "tagihan",
            "order", "paid", "bought"));

    private RuleExpense() {
    }

    /** The vendor of a receipt or purchase note, or null. */
    static String vendor(String text) {
        String header = RuleContacts.fromHeader(text);
        if (header != null) {
            return tidy(header);
        }
        Matcher labelled = LABELLED_VENDOR.matcher(text);
        while (labelled.find()) {
            String v = cut(labelled.group(1));
            if (v != null) {
                return v;
            }
        }
        Matcher p = PURCHASE.matcher(text);
        while (p.find()) {
            String verb = p.group(1).toLowerCase(Locale.ROOT);
            boolean paying = verb.matches("paid|bayar|membayar|transfer");
            if (verb.equals("from") || verb.equals("dari")) {
                String v = cut(text.substring(p.end()));
                if (v != null) {
                    return v;
                }
                continue;
            }
            Matcher at = AT_VENDOR.matcher(text);
            at.region(p.end(), Math.min(text.length(), p.end() + 80));
            while (at.find()) {
                String prep = at.group().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
                if ((prep.equals("ke") || prep.equals("to")) && !paying) {
                    continue;
                }
                String v = cut(at.group(1));
                if (v != null) {
                    return v;
                }
            }
        }
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < Math.min(lines.length, 4); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || RECEIPT_WORD.matcher(line).matches() || line.matches(".*\\d.*") || line.length() > 40
                    || line.matches("[-=*_ ]+")) {
                continue;
            }
            if (lines.length >= 4 && (line.equals(line.toUpperCase(Locale.ROOT)) || i <= 1)) {
                return tidy(line);
            }
            break;
        }
        return null;
    }

    private static String cut(String raw) {
        StringBuilder b = new StringBuilder();
        String line = raw.strip().split("\\R", 2)[0];
        for (String w : line.split("\\s+")) {
            String bare = w.replaceAll("[,.;:!?()]+$", "");
            if (bare.isEmpty() || STOP.contains(bare.toLowerCase(Locale.ROOT)) || bare.matches("\\d[\\d/.,:-]*(rb|jt|k)?")
                    || bare.matches("(?i)rp\\.?\\d.*")) {
                break;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(bare);
            if (!bare.equals(w)) {
                break;
            }
        }
        String v = b.toString().replaceFirst("(?iu)^(pak|bu|mr\\.?|mrs\\.?|ibu|bapak)\\s+", "").strip();
        return v.isEmpty() || v.length() < 2 ? null : tidy(v);
    }

    private static String tidy(String v) {
        String s = v.strip().replaceAll("\\s+", " ");
        if (s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 4 && s.contains(" ")) {
            StringBuilder b = new StringBuilder();
            for (String w : s.split(" ")) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(w.length() <= 2 ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            }
            return b.toString();
        }
        return s.length() > 1 && Character.isLowerCase(s.charAt(0)) ? titleCase(s) : s;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** The category with the most keyword hits (ties: the order of the list above), or null. */
    static String category(String text) {
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Pattern> e : CATEGORIES.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            int hits = 0;
            while (m.find()) {
                hits++;
            }
            if (hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        return best;
    }

    private static Map<String, Pattern> categories() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("Fuel", "bensin|pertamax|pertalite|solar|bbm|spbu|fuel|petrol|gasoline|diesel|shell|petronas|minyak|"
                + "gas station");
        words.put("Transport", "parkir|parking|tol|toll|grab|gojek|gocar|goride|taxi|taksi|ojek|ojol|uber|ride|riding|"
                + "kereta|train|flight|pesawat|tiket|ticket|bus|travel");
        words.put("Meals", "makan|lunch|dinner|breakfast|coffee|kopi|restaurant|restoran|resto|cafe|café|sushi|meal|"
                + "sandwich|flat white|snack|latte|nasi");
        words.put("Utilities", "listrik|pln|pdam|water bill|electricity|internet|indihome|wifi|telepon|pulsa|token listrik");
        words.put("Rent", "sewa|rent|rental|kontrakan|lease");
        words.put("Office supplies", "atk|printer ink|ink|tinta|kertas|paper|toner|stationery|alat tulis|pulpen|map");
        words.put("Equipment", "ladders?|tangga|bor|drill|mesin|vacuum|tools?|perkakas|laptop|kompresor|compressor|"
                + "generator|genset|equipment|peralatan");
        words.put("Materials", "pipa|pipe|lem|kran|keran|semen|cement|cat|paint|kabel|cable|stop kontak|freon|bahan|"
                + "material|materials|bangunan|hardware|sayur|daging|ingredients|keramik|kayu|besi|ferreter[ií]a|"
                + "supplies|sabun|detergent|deterjen|chemicals?");
        words.put("Software", "hosting|cloud\\w*|subscription|saas|software|domain|license|licence|langganan|app store");
        words.put("Marketing", "ads|iklan|marketing|promosi|promo|facebook|fb|instagram|google ads|brosur|spanduk");
        Map<String, Pattern> out = new LinkedHashMap<>();
        words.forEach((k, v) -> out.put(k, Pattern.compile("(?iu)(?<![\\p{L}])(?:" + v + ")(?![\\p{L}])")));
        return out;
    }
}
