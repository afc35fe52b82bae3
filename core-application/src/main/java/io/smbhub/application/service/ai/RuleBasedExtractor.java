package io.smbhub.application.service.ai;

import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.DraftFields;
import io.smbhub.domain.ai.DraftFields.DraftLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline Text-to-Task extractor (issue 6; spec smb-hub-prd.md 1.4.A, 10.5): deterministic rules, JDK only, no
 * network, a few milliseconds per message. It is used when no language model is configured or available, so
 * Text-to-Task works out of the box; its drafts always go to human review.
 *
 * <ul>
 *   <li>Intent: keyword cues in English and Indonesian ({@link RuleIntent}); no cue → {@code CREATE_WORK_ITEM}.</li>
 *   <li>Money: {@code Rp 1.500.000}, {@code 1.5jt}, {@code 250rb}, {@code $1,234.56}, {@code S$680}… ({@link RuleMoney});
 *       the draft currency is the one written most often, else {@code request.defaultCurrency()}.</li>
 *   <li>Quotes and invoices: priced lines and clauses become line items with quantity and unit price
 *       ({@link RuleLineItems}); expenses and AR messages: {@code amount} = the labelled total or the largest amount.</li>
 *   <li>Dates relative to {@code request.today()} ({@link RuleDates}): {@code due_date} for work, quotes, invoices and
 *       AR; {@code date} for expenses (today when none is written).</li>
 *   <li>Contact name, email, phone ({@link RuleContacts}); vendor and category for expenses ({@link RuleExpense});
 *       priority URGENT for "urgent", "segera", "asap", "darurat"…; invoice numbers such as {@code INV-000123}.</li>
 * </ul>
 * Confidence is at most 0.60 — honest about rules, and below any sensible auto-apply threshold.
 */
public final class RuleBasedExtractor implements DraftExtractor {

    /** The highest confidence the rules ever claim. */
    public static final BigDecimal MAX_CONFIDENCE = new BigDecimal("0.60");

    private static final Pattern URGENT = Pattern.compile("(?iu)(?<![\\p{L}])(urgent|urgently|segera|asap|a\\.s\\.a\\.p|"
            + "darurat|emergency|mendesak|secepatnya|as soon as possible|right away|immediately|sekarang juga|"
            + "urgente|紧急|急)(?![\\p{L}])");
    private static final Pattern HIGH = Pattern.compile("(?iu)(?<![\\p{L}])(penting|important|priority|prioritas)(?![\\p{L}])");
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?iu)(grand total|total paid|total bayar|total tagihan|"
            + "total belanja|amount due|jumlah|total|sebesar|senilai|outstanding|habis|spent|spend)[^\\n\\d]{0,12}$");
    private static final Pattern SUBJECT = Pattern.compile("(?imu)^[ \\t]*(?:subject|perihal|subjek|re|hal)[ \\t]*:[ \\t]*(.+)$");
    private static final Pattern GREETING = Pattern.compile("(?iu)^(?:(?:hi|hello|hey|halo|hallo|hai|helo|dear|yth\\.?|"
            + "selamat (?:pagi|siang|sore|malam)|pagi|siang|sore|malam|assalamualaikum|salam|hola|bonjour|yo|gan|bos|"
            + "pak|bu|kak|mas|mbak|mba|sis|bro|team|there|sir|madam|all|everyone|po|ni hao|你好|dengan hormat)"
            + "[\\s,!.:;🙏，！。]*)+");
    private static final Pattern SELF_INTRO_CLAUSE = Pattern.compile("(?iu)^(?:saya|i am|i'm|this is|it'?s|its|ini|"
            + "my name is|nama saya)\\s+[^,.]{1,30}?\\s+(?:dari|from)\\s+[^,.]*[,.]\\s*");
    private static final Pattern FILLER = Pattern.compile("(?iu)^(?:(?:saya|sy|aku|kami|we|i)\\s+)?(?:mau|ingin|"
            + "pengen|would like to|want to|need to|need|needs|minta tolong|mohon|tolong|please|pls|can you|could you|"
            + "bisa)\\s+(?:(?:a|an|the)\\s+)?");
    private static final Pattern NOISE_LINE = Pattern.compile("(?iu)^\\s*(?:-{3,}.*|fwd?:.*|from:.*|dari:.*|date:.*|"
            + "to:.*|sent:.*|tanggal:.*|cc:.*|subject:.*|perihal:.*|forwarded message.*|catatan\\s*:)\\s*$");

    @Override
    public String name() {
        return AiDraft.RULES_EXTRACTOR;
    }

    @Override
    public Extraction extract(ExtractionRequest request) {
        String text = request.text().replace("\r\n", "\n").replace('\u00A0', ' ');
        LocalDate today = request.today();
        RuleIntent.Scores scores = RuleIntent.score(text);
        AiIntent intent = scores.top();

        RuleSpans blocked = new RuleSpans();
        List<RuleContacts.Found> emails = RuleContacts.emails(text, blocked);
        List<RuleContacts.Found> invoiceNumbers = RuleContacts.invoiceNumbers(text, blocked);
        List<RuleDates.Mention> dates = RuleDates.find(text, today, blocked);
        List<RuleContacts.Found> phones = RuleContacts.phones(text, blocked);
        List<RuleMoney.Mention> money = RuleMoney.find(text, blocked, request.defaultCurrency());
        List<RuleMoney.Mention> strong = money.stream().filter(RuleMoney.Mention::strong).toList();

        boolean expense = intent == AiIntent.DRAFT_EXPENSE;
        String contactName = expense ? null : contactName(text, intent);
        String email = expense ? null : emails.stream().map(RuleContacts.Found::value)
                .filter(e -> !e.toLowerCase(Locale.ROOT).matches("(?s).*(no-?reply|noreply|donotreply|mailer-daemon).*"))
                .findFirst().orElse(null);
        String phone = expense || phones.isEmpty() ? null : phones.get(phones.size() - 1).value();

        List<DraftLine> lines = List.of();
        if (intent == AiIntent.DRAFT_QUOTE || intent == AiIntent.DRAFT_INVOICE) {
            lines = RuleLineItems.find(text, money, strong.isEmpty(), contactName, blocked);
        }
        BigDecimal amount = null;
        if (expense || intent == AiIntent.DRAFT_AR_MESSAGE) {
            amount = amount(text, strong);
        }
        String currency = null;
        if (amount != null || !lines.isEmpty() || !strong.isEmpty()) {
            currency = currency(strong, request.defaultCurrency());
        }

        LocalDate dueDate = null;
        LocalDate date = null;
        if (expense) {
            dueDate = dates.stream().filter(d -> d.dueCue() && !d.date().isBefore(today))
                    .map(RuleDates.Mention::date).findFirst().orElse(null);
            // a bill still to pay has no payment date yet; a purchase described without a date was made today
            date = dates.stream().filter(d -> !d.dueCue() && !d.date().isAfter(today.plusDays(31)))
                    .map(RuleDates.Mention::date).findFirst().orElse(dueDate == null ? today : null);
        } else {
            dueDate = dueDate(dates, today, intent == AiIntent.DRAFT_AR_MESSAGE);
        }

        String vendor = expense ? RuleExpense.vendor(text) : null;
        String category = expense ? RuleExpense.category(text) : null;
        String priority = null;
        if (intent == AiIntent.CREATE_WORK_ITEM) {
            priority = URGENT.matcher(text).find() ? "URGENT" : HIGH.matcher(text).find() ? "HIGH" : null;
        }
        String invoiceNumber = intent == AiIntent.DRAFT_AR_MESSAGE || intent == AiIntent.DRAFT_INVOICE
                ? invoiceNumbers.stream().map(RuleContacts.Found::value).findFirst().orElse(null) : null;
        String title = null;
        String description = null;
        if (intent == AiIntent.CREATE_WORK_ITEM) {
            title = title(text);
            description = limit(text.strip(), 5000);
        } else if (intent == AiIntent.DRAFT_AR_MESSAGE) {
            RuleArMessage.Draft ar = RuleArMessage.compose(text, contactName, invoiceNumber, amount, currency, dueDate);
            title = ar.subject();
            description = ar.body();
        } else {
            description = limit(text.strip(), 5000);
        }

        DraftFields fields = new DraftFields(title, description, contactName, email, phone, null, currency, lines, amount,
                dueDate, date, vendor, category, priority, invoiceNumber);
        return new Extraction(intent, fields, confidence(scores, intent, fields), name(), alternatives(scores, intent));
    }

    private static String contactName(String text, AiIntent intent) {
        String name = RuleContacts.labelled(text);
        if (name == null && intent != AiIntent.CREATE_WORK_ITEM) {
            name = RuleContacts.noteSubject(text);
        }
        if (name == null) {
            name = RuleContacts.sender(text);
        }
        if (name == null) {
            String from = RuleContacts.fromHeader(text);
            name = from == null ? null : RuleContacts.name(from, false);
        }
        if (name == null) {
            name = RuleContacts.honorificName(text);
        }
        if (name == null && intent != AiIntent.CREATE_WORK_ITEM) {
            name = RuleContacts.company(text);
        }
        return name;
    }

    /** The amount after a total label ("TOTAL", "Grand total", "sebesar", "amount due"), else the largest one. */
    private static BigDecimal amount(String text, List<RuleMoney.Mention> strong) {
        if (strong.isEmpty()) {
            return null;
        }
        RuleMoney.Mention labelled = null;
        for (RuleMoney.Mention m : strong) {
            String lead = text.substring(Math.max(0, m.start() - 30), m.start());
            int lineStart = lead.lastIndexOf('\n');
            if (TOTAL_LABEL.matcher(lineStart >= 0 ? lead.substring(lineStart + 1) : lead).find()
                    && !lead.toLowerCase(Locale.ROOT).matches("(?s).*sub\\s?total[^\\n\\d]{0,12}$")) {
                labelled = m;
            }
        }
        if (labelled != null) {
            return labelled.value();
        }
        return strong.stream().map(RuleMoney.Mention::value).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String currency(List<RuleMoney.Mention> strong, String defaultCurrency) {
        Map<String, Integer> counts = new HashMap<>();
        String first = null;
        for (RuleMoney.Mention m : strong) {
            if (m.currency() != null) {
                counts.merge(m.currency(), 1, Integer::sum);
                first = first == null ? m.currency() : first;
            }
        }
        if (counts.isEmpty()) {
            return defaultCurrency;
        }
        String best = first;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * A due date: one after a due cue ("due", "jatuh tempo", "by", "NET 30"), else the first written calendar date, else
     * the first relative one; dates before today count only for an AR message (the invoice's past due date).
     */
    private static LocalDate dueDate(List<RuleDates.Mention> dates, LocalDate today, boolean pastAllowed) {
        List<RuleDates.Mention> usable = dates.stream().filter(d -> pastAllowed || !d.date().isBefore(today)).toList();
        return usable.stream().filter(RuleDates.Mention::dueCue).findFirst()
                .or(() -> usable.stream().filter(RuleDates.Mention::absolute).findFirst())
                .or(() -> usable.stream().findFirst())
                .map(RuleDates.Mention::date).orElse(null);
    }

    /** A work item title: the mail subject, else the first sentence without greetings, at most 80 characters. */
    static String title(String text) {
        Matcher subject = SUBJECT.matcher(text);
        if (subject.find()) {
            String s = subject.group(1).replaceAll("(?i)^(?:(?:re|fw|fwd)\\s*:\\s*)+", "").strip();
            if (!s.isEmpty()) {
                return limit(s, 80);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !NOISE_LINE.matcher(line).matches()) {
                lines.add(line.strip());
            }
        }
        String body = String.join(" ", lines);
        body = body.replaceFirst("(?iu)^catatan\\s*:\\s*", "");
        body = GREETING.matcher(body).replaceFirst("");
        body = body.replaceFirst("^[^\\p{L}\\p{N}]+", "");
        for (String sentence : sentences(body)) {
            String s = sentence.strip();
            if (s.matches("(?iu)^(?:saya|i am|i'm|this is|it'?s|ini|my name is|nama saya)\\b.{0,60}?(?:dari|from)\\b[^,.]*[.,]?$")
                    || s.length() < 8) {
                continue;
            }
            s = SELF_INTRO_CLAUSE.matcher(s).replaceFirst("");
            s = FILLER.matcher(s).replaceFirst("");
            s = s.replaceAll("[\\s.,!?;:。！？]+$", "");
            if (s.length() < 8) {
                continue;
            }
            String[] clauses = s.split("[,，;]", 2);
            String first = clauses[0].strip();
            if (clauses.length > 1 && (first.split("\\s+").length >= 3 || first.codePointCount(0, first.length()) >= 4
                    && first.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))) {
                s = first;
            }
            return limit(Character.toUpperCase(s.charAt(0)) + s.substring(1), 80);
        }
        return limit(body.strip(), 80);
    }

    /** Splits at sentence ends, but not after a short capitalised abbreviation such as "Jl.", "Lt.", "Mr.". */
    private static List<String> sentences(String body) {
        List<String> out = new ArrayList<>();
        Matcher end = Pattern.compile("[.!?。！？]+\\s*").matcher(body);
        int from = 0;
        while (end.find()) {
            String before = body.substring(from, end.start());
            String lastWord = before.substring(before.lastIndexOf(' ') + 1);
            boolean abbreviation = end.group().startsWith(".") && lastWord.length() <= 3 && !lastWord.isEmpty()
                    && Character.isUpperCase(lastWord.charAt(0));
            boolean decimal = end.group().equals(".") && end.end() < body.length() && Character.isDigit(body.charAt(end.end()));
            if (!abbreviation && !decimal) {
                out.add(body.substring(from, end.start()));
                from = end.end();
            }
        }
        if (from < body.length()) {
            out.add(body.substring(from));
        }
        return out;
    }

    private static String limit(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max).strip();
    }

    private static BigDecimal confidence(RuleIntent.Scores scores, AiIntent intent, DraftFields f) {
        int top = scores.score(0);
        int margin = top - scores.score(1);
        BigDecimal c = new BigDecimal("0.15");
        if (top > 0) {
            c = c.add(new BigDecimal(Math.min(top, 6)).multiply(new BigDecimal("0.03")));
            c = c.add(margin >= 3 ? new BigDecimal("0.10") : margin >= 1 ? new BigDecimal("0.05") : BigDecimal.ZERO);
        }
        boolean essentials = switch (intent) {
            case CREATE_WORK_ITEM -> f.title() != null;
            case DRAFT_QUOTE, DRAFT_INVOICE -> !f.lineItems().isEmpty();
            case DRAFT_EXPENSE -> f.amount() != null;
            case DRAFT_AR_MESSAGE -> f.amount() != null || f.invoiceNumber() != null;
        };
        if (essentials) {
            c = c.add(new BigDecimal("0.07"));
        }
        if (f.contactName() != null || f.contactEmail() != null || f.vendor() != null) {
            c = c.add(new BigDecimal("0.05"));
        }
        return c.min(MAX_CONFIDENCE);
    }

    /** Two other intents: those with cues, most likely first, then the usual neighbours of {@code intent}. */
    private static List<AiIntent> alternatives(RuleIntent.Scores scores, AiIntent intent) {
        List<AiIntent> out = new ArrayList<>();
        for (Map.Entry<AiIntent, Integer> e : scores.ranked()) {
            if (e.getKey() != intent && e.getValue() > 0 && out.size() < 2) {
                out.add(e.getKey());
            }
        }
        List<AiIntent> neighbours = switch (intent) {
            case CREATE_WORK_ITEM -> List.of(AiIntent.DRAFT_QUOTE, AiIntent.DRAFT_INVOICE);
            case DRAFT_QUOTE -> List.of(AiIntent.CREATE_WORK_ITEM, AiIntent.DRAFT_INVOICE);
            case DRAFT_INVOICE -> List.of(AiIntent.DRAFT_QUOTE, AiIntent.DRAFT_AR_MESSAGE);
            case DRAFT_EXPENSE -> List.of(AiIntent.DRAFT_INVOICE, AiIntent.CREATE_WORK_ITEM);
            case DRAFT_AR_MESSAGE -> List.of(AiIntent.DRAFT_INVOICE, AiIntent.CREATE_WORK_ITEM);
        };
        for (AiIntent n : neighbours) {
            if (out.size() < 2 && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }
}
