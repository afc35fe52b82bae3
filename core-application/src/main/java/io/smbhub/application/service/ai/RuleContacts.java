package io.smbhub.application.service.ai;

import io.smbhub.domain.shared.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a text is from or about (issue 6 offline extractor): email addresses, phone numbers (E.164 {@code +62 …},
 * local {@code 08…}, {@code (021) …}), invoice numbers ({@code INV-000123}, {@code invoice no. 42}), and a contact name
 * from, in this order: an owner's note naming the customer ("invoice Pak Budi for…", "remind PT Delta Prima",
 * "penawaran ke …"), a signature or sign-off ("Regards,\nBudi", "Thanks, John", "- Nadia"), a self-introduction
 * ("saya Dewi dari…", "this is Tom", "a.n. …"), a {@code From:} header, an honorific ("Bu Sari", "Mrs Patel").
 * Names are answered without honorifics.
 */
final class RuleContacts {

    record Found(String value, int start, int end) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+/.,-])(\\+\\d{1,3}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?|\\(0\\d{1,3}\\)[\\s.-]?|0)\\d{1,4}(?:[\\s.-]?\\d{2,5}){1,4}(?![\\w/-])");
    private static final Pattern ID_LABEL = Pattern.compile("(?iu)(npwp|nik|ktp|abn|acn|rek(?:ening)?|acct|account|"
            + "a/c|iban|card|kartu|bca|bni|bri|mandiri|order|po|no\\.?\\s*rek|va)\\s*[#:.]?\\s*(?:no\\.?\\s*)?$");
    private static final Pattern INVOICE_NO = Pattern.compile("(?<![A-Za-z0-9])(INV|Inv|inv)[-/#]?\\s?(\\d[A-Za-z0-9]*"
            + "(?:[-/][A-Za-z0-9]+)*|[A-Z0-9]*\\d[A-Z0-9]*(?:[-/][A-Z0-9]+)*)");
    private static final Pattern INVOICE_LABELLED = Pattern.compile("(?iu)(?:invoice|invois|faktur|tagihan|nota)\\s*"
            + "(?:no\\.?|nomor|number|num|#)\\s*[:.]?\\s*#?([A-Z0-9][A-Za-z0-9/-]*\\d[A-Za-z0-9/-]*)");

    static final String HONORIFIC = "(?:pak|bpk|bapak|bu|ibu|bunda|mbak|mba|mas|kak|bang|abang|mr|mrs|ms|miss|mister|"
            + "dr|sir|madam|encik|cik|puan|tuan|señor|señora|sr|sra|mme)";
    private static final Pattern HONORIFIC_LEAD = Pattern.compile("(?iu)^" + HONORIFIC + "\\.?\\s+");
    /** A capitalised word; {@code (?-i:…)} keeps it case-sensitive inside case-insensitive patterns. */
    private static final String NAME_WORD = "(?-i:\\p{Lu})[\\p{L}'’-]*";
    private static final String COMPANY_PREFIX = "(?:PT|CV|UD|Toko|toko|TOKO|Yayasan|yayasan|Koperasi|Klinik|Bengkel|"
            + "Warung|warung|RS|Hotel|Restoran|Rumah Makan)";
    private static final String COMPANY_SUFFIX = "(?:Pte\\.? Ltd\\.?|Pty\\.? Ltd\\.?|Ltd\\.?|Inc\\.?|LLC|Sdn\\.? Bhd\\.?|"
            + "Corp\\.?|GmbH|Tbk\\.?|& Co\\.?)";
    private static final Pattern COMPANY = Pattern.compile("(?u)(?<![\\p{L}])(" + COMPANY_PREFIX + "\\.?\\s+[\\p{L}0-9&'-]+"
            + "(?:\\s+(?!dan\\b|and\\b|untuk\\b|utk\\b|for\\b)\\p{Lu}[\\p{L}0-9&'-]*){0,3}"
            + "|" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}\\s+" + COMPANY_SUFFIX + ")");
    private static final Pattern COMPANY_START = Pattern.compile("(?su)" + COMPANY_PREFIX + "\\.?\\s+");
    private static final Pattern COMPANY_END = Pattern.compile("(?su)[^\\n,.;:]*\\s" + COMPANY_SUFFIX + "(?![\\p{L}])");
    /** Words by which an owner's note names what to make and for whom: "invoice …", "remind …", "penawaran …". */
    private static final Pattern NOTE_TRIGGER = Pattern.compile("(?iu)(?<![\\p{L}])(?:invoice|invoicing|invois|bill|"
            + "charge|quote|quotation|estimate|estimasi|penawaran|tagihan|tagihin|faktur|nota|remind|reminder|"
            + "ingatkan|follow up(?: with)?|chase|tagih(?: lagi)?|penagihan|pengingat|peringatan bayaran|final notice|"
            + "notice)(?![\\p{L}])");
    private static final Pattern NOTE_PREPOSITION = Pattern.compile("(?iu)(?<![\\p{L}])(?:to|ke|kepada|untuk|utk|buat|"
            + "for|with|dengan|a\\.n\\.?|atas nama|ditujukan (?:ke|kepada))\\s+");
    private static final Pattern ADDRESSED = Pattern.compile("(?iu)(?<![\\p{L}])(?:ditujukan (?:ke|kepada)|addressed to|"
            + "bill to|billed to|invoice to|a\\.n\\.|atas nama)\\s+");
    private static final Pattern LOWER_NOTE_NAME = Pattern.compile("(?u)^((?:\\p{Ll}[\\p{L}'-]*\\s+){0,2}\\p{Ll}[\\p{L}'-]*)"
            + "\\s*(?:for|untuk|utk|buat|:)(?![\\p{L}])");
    private static final Pattern LABELLED = Pattern.compile("(?iu)(?<![\\p{L}])(?:contact person|contact|kontak|attn|"
            + "attention|u\\.p\\.|pic|cp)\\s*[:.]\\s*");
    private static final Pattern SIGN_OFF = Pattern.compile("(?iu)(?:^|[\\s,.!])(?:best regards|kind regards|warm regards|"
            + "regards|rgds|best|thanks|thank you|thx|tks|tq|cheers|salam|hormat saya|hormat kami|terima kasih|"
            + "terimakasih|makasih|trims|sincerely|gracias|merci|salamat|obrigado|cordialement|saludos|sincerely yours)"
            + "[!,.\\s]*(?:[-–—]\\s*)?([^\\n]*)$");
    private static final Pattern DASH_SIGN = Pattern.compile("(?u)(?:^|\\s)[-–—]\\s*((?:" + HONORIFIC + "\\.?\\s+)?"
            + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?)\\s*(?:,|@|\\(|$)");
    private static final Pattern SELF_INTRO = Pattern.compile("(?iu)(?<![\\p{L}])(?:saya|sy|aku|ini|this is|it'?s|its|"
            + "my name is|nama saya|nama|name|atas nama|a\\.n\\.?|kontak saya|contact|cp|me llamo|je suis|"
            + "soy)\\s*[:.]?\\s+((?:" + HONORIFIC + "\\.?\\s+)?" + "[\\p{L}][\\p{L}'-]*(?:\\s+" + NAME_WORD + "){0,3})");
    private static final Pattern FROM_HEADER = Pattern.compile("(?imu)^[ \\t]*(?:from|dari|de|von)[ \\t]*:[ \\t]*\"?"
            + "([^<\\n\"]+?)\"?[ \\t]*(?:<[^>\\n]*>)?[ \\t]*$");
    private static final Pattern HONORIFIC_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(" + HONORIFIC + ")\\.?\\s+"
            + "([\\p{L}][\\p{L}'-]+(?:\\s+" + NAME_WORD + ")?)");
    /** Words that look like a name after an honorific or a trigger but are not one. */
    private static final Set<String> NOT_NAME = Set.copyOf(List.of(
            "ya", "yg", "yang", "mohon", "tolong", "maaf", "saya", "sy", "aku", "ini", "itu", "kalau", "kapan",
            "bisa", "udah", "sudah", "dan", "the", "a", "an", "mau", "minta", "ada", "us", "me", "him", "her",
            "them", "our", "your", "my", "we", "you", "i", "it", "is", "are", "for", "to", "and", "pls",
            "please", "untuk", "utk", "buat", "dari", "di", "ke", "se", "sebesar", "blm", "belum", "lagi",
            "terus", "kemarin", "hari", "besok", "team", "tim", "there", "all", "semua", "client", "klien",
            "customer", "pelanggan", "invoice", "tagihan", "faktur", "quote", "penawaran", "reminder",
            "payment", "pembayaran", "overdue", "on", "about", "with", "that", "this", "selamat", "pagi",
            "siang", "sore", "malam", "morning", "afternoon", "evening", "again", "soon", "ready", "po", "lah",
            "nih", "dong", "deh", "sir", "madam", "bapak", "ibu", "bu", "pak", "sekali", "banyak", "much",
            "so", "in", "at", "of", "regards", "best", "thanks", "salam", "hormat", "kami", "bos", "gan",
            "kak", "mas", "mbak", "ok", "oke", "sent", "received", "terlampir", "attached", "just", "will",
            "can", "could", "would", "polite", "ingatkan", "cek", "check", "kirim", "send", "draft", "bikin",
            "bikinin", "buatkan", "follow", "up", "chase", "still", "hasnt", "hasn't", "not", "new", "grand",
            "total", "subtotal", "order", "paid", "pesan", "harga", "brp", "berapa", "how", "what", "unit",
            "units", "pcs", "x", "makasih", "thx", "tks", "tq", "trims", "cheers", "thank", "terima", "kasih",
            "request", "permintaan", "job", "pekerjaan", "work", "service", "servis", "balance", "bulan", "month",
            "no", "nomor", "number", "contact", "kontak", "attn", "up", "hi", "hello", "halo", "hey", "dear"));

    private RuleContacts() {
    }

    /** Email addresses in text order; claims their spans. */
    static List<Found> emails(String text, RuleSpans blocked) {
        List<Found> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Found(m.group(), m.start(), m.end()));
            blocked.add(m.start(), m.end());
        }
        return out;
    }

    /** Phone numbers (9–15 digits, starting with + or 0) not labelled as another id; claims their spans. */
    static List<Found> phones(String text, RuleSpans blocked) {
        List<Found> out = new ArrayList<>();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            if (blocked.overlaps(m.start(), m.end())) {
                continue;
            }
            String raw = m.group().strip();
            long digits = raw.chars().filter(Character::isDigit).count();
            String lead = text.substring(Math.max(0, m.start() - 16), m.start());
            if (digits < 9 || digits > 15 || ID_LABEL.matcher(lead).find() || raw.matches(".*\\d\\.\\d{3}\\.\\d.*")) {
                continue;
            }
            out.add(new Found(raw, m.start(), m.start() + m.group().stripTrailing().length()));
            blocked.add(m.start(), m.end());
        }
        return out;
    }

    /** Invoice numbers ({@code INV-000123}, {@code invoice no. 42}); claims their spans. */
    static List<Found> invoiceNumbers(String text, RuleSpans blocked) {
        List<Found> out = new ArrayList<>();
        Matcher m = INVOICE_NO.matcher(text);
        while (m.find()) {
            String raw = text.substring(m.start(), m.end());
            out.add(new Found("INV" + raw.substring(3), m.start(), m.end()));
            blocked.add(m.start(), m.end());
        }
        m = INVOICE_LABELLED.matcher(text);
        while (m.find()) {
            if (!blocked.overlaps(m.start(1), m.end(1))) {
                out.add(new Found(m.group(1), m.start(1), m.end(1)));
                blocked.add(m.start(1), m.end(1));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * The customer an owner's note is about: the name after "ditujukan ke"/"a.n."/"invoice to"; after a trigger word
     * and a preposition ("invoice … for X", "remind … to X", "penawaran ke X"); or right after the trigger when it is
     * capitalised, has an honorific or a company prefix ("Bill Luna Bakery", "tagihan bu sari") or is followed by
     * "for"/"untuk"/":" ("invoice karya mandiri for …").
     */
    static String noteSubject(String text) {
        Matcher addressed = ADDRESSED.matcher(text);
        for (int seen = 0; seen < 40 && addressed.find(); seen++) {
            String n = name(window(text, addressed.end()), false);
            if (n != null) {
                return n;
            }
        }
        Matcher trigger = NOTE_TRIGGER.matcher(text);
        for (int seen = 0; seen < 40 && trigger.find(); seen++) {
            int windowEnd = Math.min(text.length(), trigger.end() + 50);
            int stop = text.indexOf('\n', trigger.end());
            if (stop >= 0 && stop < windowEnd) {
                windowEnd = stop;
            }
            Matcher prep = NOTE_PREPOSITION.matcher(text);
            prep.region(trigger.end(), windowEnd);
            while (prep.find()) {
                String n = name(window(text, prep.end()), false);
                if (n != null) {
                    return n;
                }
            }
            String rest = window(text, trigger.end()).replaceFirst("^[\\s:,—–-]+", "");
            String n = name(rest, false);
            if (n != null) {
                return n;
            }
            Matcher lower = LOWER_NOTE_NAME.matcher(rest);
            if (lower.find()) {
                n = name(lower.group(1), true);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** A name given with a label: "Contact: Mei Ling", "Attn: Budi", "PIC: Sari". */
    static String labelled(String text) {
        Matcher m = LABELLED.matcher(text);
        for (int seen = 0; seen < 40 && m.find(); seen++) {
            String n = name(window(text, m.end()), false);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** The sender's name from a sign-off, a dash signature or a self-introduction. */
    static String sender(String text) {
        String[] lines = text.strip().split("\\R");
        for (int i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
            Matcher m = SIGN_OFF.matcher(lines[i]);
            if (m.find()) {
                boolean lastWord = i == lines.length - 1 && m.group(1).strip().matches("\\p{L}+");
                String rest = name(m.group(1), lastWord);
                if (rest != null) {
                    return rest;
                }
                for (int j = i + 1; j < lines.length && j <= i + 2; j++) {
                    String next = name(lines[j], false);
                    if (next != null) {
                        return next;
                    }
                    if (!lines[j].isBlank()) {
                        break;
                    }
                }
            }
        }
        Matcher dash = DASH_SIGN.matcher(text);
        String last = null;
        while (dash.find()) {
            String n = name(dash.group(1), false);
            if (n != null) {
                last = n;
            }
        }
        if (last != null) {
            return last;
        }
        Matcher intro = SELF_INTRO.matcher(text);
        while (intro.find()) {
            String n = name(intro.group(1), false);
            if (n != null) {
                return n;
            }
        }
        String tail = lines[lines.length - 1].strip();
        Matcher end = Pattern.compile("(?u)(?:^|[.!?,]\\s+|\\s)(" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?)\\s*"
                + "(?:\\(?[+0][\\d\\s().-]{8,}\\)?)?\\s*$").matcher(tail);
        if (lines.length > 0 && end.find() && tail.length() > end.group(1).length() + 2) {
            String before = tail.substring(0, end.start(1)).strip();
            if (before.endsWith(".") || before.endsWith("!") || before.endsWith("?") || before.endsWith(",")
                    || before.endsWith("🙏")) {
                return name(end.group(1), false);
            }
        }
        return null;
    }

    /** The display name of a {@code From:} header, or null. */
    static String fromHeader(String text) {
        Matcher m = FROM_HEADER.matcher(text);
        return m.find() ? Text.clean(m.group(1)) : null;
    }

    /** A company named anywhere ("PT Sinar Abadi", "Greenleaf Pte Ltd"), or null. */
    static String company(String text) {
        Matcher m = COMPANY.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /** A person named with an honorific, not as the greeting of the message ("Pak Joko, …" at the start). */
    static String honorificName(String text) {
        Matcher m = HONORIFIC_NAME.matcher(text);
        while (m.find()) {
            boolean greeting = text.substring(0, m.start()).isBlank() && m.end() < text.length()
                    && text.charAt(m.end()) == ',';
            if (greeting) {
                continue;
            }
            String n = name(m.group(2), true);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** Up to 80 characters of {@code text} from {@code from}: enough for a name, and keeps the scans linear. */
    private static String window(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 80));
    }

    /**
     * Cleans a candidate name: cut at the first non-name word, strip honorifics, refuse stop words and digits.
     * {@code lowerOk}: lowercase names are accepted (after an honorific or in an owner's note).
     */
    static String name(String raw, boolean lowerOk) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        boolean honorific = HONORIFIC_LEAD.matcher(s).find();
        s = HONORIFIC_LEAD.matcher(s).replaceFirst("");
        boolean company = COMPANY_START.matcher(s).lookingAt() || COMPANY_END.matcher(s).lookingAt();
        List<String> kept = new ArrayList<>();
        boolean firstCapital = false;
        for (String w : s.split("\\s+")) {
            if (w.startsWith("(") || w.contains("@")) {
                break;
            }
            String bare = w.replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&.]+$", "").replaceAll("(?<=\\p{L}{3})\\.+$", "");
            String lower = bare.toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
            if (bare.isEmpty() || NOT_NAME.contains(lower) || bare.matches(".*\\d.*") && !company) {
                break;
            }
            boolean capital = Character.isUpperCase(bare.charAt(0)) || bare.equals("&")
                    || Character.UnicodeScript.of(bare.codePointAt(0)) == Character.UnicodeScript.HAN;
            if (kept.isEmpty()) {
                firstCapital = capital;
            } else if (!lowerOk && !company && (!firstCapital || !capital)) {
                break; // "Budi Santoso" goes on; "Maya acara" and "sari cuci" stop
            }
            kept.add(bare);
            if (w.matches(".*[,;:)!?]$") || w.endsWith(".") && !bare.endsWith(".")) {
                break;
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).equals("&")) {
            kept.remove(kept.size() - 1);
        }
        if (kept.isEmpty() || kept.size() > 5) {
            return null;
        }
        String first = kept.get(0);
        if (!Character.isLetter(first.charAt(0)) || first.length() < 2
                || !company && first.length() <= 3 && first.equals(first.toUpperCase(Locale.ROOT))
                && Character.isLetter(first.charAt(first.length() - 1)) && first.matches("\\p{Lu}+")) {
            return null; // "AC", "PO" are not names
        }
        if (!lowerOk && !honorific && !company && !firstCapital) {
            return null;
        }
        return titleCaseIfLower(String.join(" ", kept));
    }

    private static String titleCaseIfLower(String s) {
        if (!s.equals(s.toLowerCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            if (w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && s.contains(" ")) {
                b.append(w); // PT, CV, UD stay upper
            } else {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }
}
