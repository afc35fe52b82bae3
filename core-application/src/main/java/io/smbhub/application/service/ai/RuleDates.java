package io.smbhub.application.service.ai;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in free text relative to the tenant-local {@code today} (issue 6 offline extractor): ISO
 * {@code 2026-11-21}; {@code 21/11/2026} (day first, as in Indonesia; month first only when the second number cannot
 * be a month, {@code 11/21/2026}); {@code 21 Nov 2026}, {@code 20 Maret}, {@code May 19, 2026} (English, Indonesian and Malay month names; no
 * year = the year that puts the date closest to today); {@code tgl 25} (that day this month, or next month when
 * already past); {@code hari ini}/{@code today}, {@code besok}/{@code tomorrow}, {@code lusa}, {@code kemarin}/
 * {@code yesterday}; weekdays ({@code Friday}, {@code next Friday}, {@code Jumat depan}: the first such day after
 * today; {@code last Friday}: the one before); {@code in 14 days}, {@code 14 hari}, {@code due in 7 days},
 * {@code NET 30}, {@code 2 weeks ago}; {@code end of month}/{@code akhir bulan}.
 */
final class RuleDates {

    /**
     * A date, its span, whether a due-date cue ("due", "jatuh tempo", "by", "sebelum", "NET") stands before it, and
     * whether it was written as a calendar date (not a weekday or a relative word).
     */
    record Mention(LocalDate date, int start, int end, boolean dueCue, boolean absolute) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_RE = "(januari|january|jan|februari|february|feb|pebruari|maret|march|mac|mar"
            + "|april|apr|mei|may|juni|june|jun|juli|july|julai|jul|agustus|august|ogos|agu|agt|ags|aug"
            + "|september|sept|sep|oktober|october|okt|oct|november|nopember|nov|desember|december|disember|des|dec)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?[\\s-]*"
            + MONTH_RE + "(?![\\p{L}])\\.?(?:,?[\\s-]*(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)(?<![\\p{L}])" + MONTH_RE
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_ONLY = Pattern.compile("(?iu)(?<![\\p{L}])(?:tgl|tanggal|tg|date)\\.?\\s*(\\d{1,2})(?![\\d/.:-]\\d|\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(?iu)(?<![\\p{L}])(hari ini|hr ini|today|tonight|malam ini"
            + "|besok|besuk|bsk|tomorrow|tmrw|tmr|mañana|manana|demain|bukas|esok|lusa|kemarin|kemaren|kmrn|kmarin"
            + "|yesterday|semalam)(?![\\p{L}])");
    private static final Pattern IN_DAYS = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(net|tempo|in|within|dalam|due in)\\s+)?"
            + "(\\d{1,3})\\s*(hari|days?|hr|minggu|weeks?|bulan|months?)(?![\\p{L}])(\\s+(?:ago|lalu|yang lalu|yg lalu))?");
    private static final Pattern DURATION_LEAD = Pattern.compile("(?iu)(sudah|udah|udh|sdh|lewat|already|for|selama|"
            + "berlaku|valid)\\s*$");
    private static final Pattern CJK_RELATIVE = Pattern.compile("今天|明天|后天|後天|昨天");
    private static final Pattern PAST_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])(was|were|sent|paid|did|had|got|"
            + "sudah|udah|telah|tadi|kemarin)(?![\\p{L}])[^.!?\\n]*$");
    private static final Pattern NET = Pattern.compile("(?iu)(?<![\\p{L}])net\\s*(\\d{1,3})(?!\\d)");
    private static final Pattern END_OF_MONTH = Pattern.compile("(?iu)(?<![\\p{L}])(end of (?:the )?month|akhir bulan|eom|"
            + "hujung bulan)(?![\\p{L}])");
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:(next|this|coming|last|hari|hr)\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|"
            + "minggu|isnin|khamis|jumaat|ahad|lunes|martes|miércoles|jueves|viernes|sábado|sabado|domingo)"
            + "(?:\\s+(depan|ini|lalu|kemarin|besok|nanti|next week))?(?![\\p{L}])");
    private static final Pattern DUE_CUE = Pattern.compile("(?iu)(due|jatuh tempo|j\\.?tempo|tempo|by|before|sebelum|"
            + "paling lambat|deadline|batas|bayar|pay|payment|pays|until|sampai|sblm|past due since|since|sejak)"
            + "[\\s:,(]*(?:on|pada|tgl|tanggal|date|the)?[\\s:,]*$");

    private RuleDates() {
    }

    /** Every date outside {@code blocked}, without overlaps, in text order; claims their spans in {@code blocked}. */
    static List<Mention> find(String text, LocalDate today, RuleSpans blocked) {
        List<Mention> out = new ArrayList<>();
        RuleSpans taken = new RuleSpans();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, taken, blocked, text, m, date(num(m, 1), num(m, 2), num(m, 3)), true);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = num(m, 1);
            int b = num(m, 3);
            int y = num(m, 4);
            y = y < 100 ? 2000 + y : y;
            if (m.group(2).equals(".") && m.group(4).length() == 2) {
                continue; // "10.30.45" looks like a time or version more than a date
            }
            LocalDate d = b > 12 && a <= 12 ? date(y, a, b) : date(y, b, a);
            add(out, taken, blocked, text, m, d, true);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, taken, blocked, text, m, withYear(today, month(m.group(2)), num(m, 1), m.group(3)), true);
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, taken, blocked, text, m, withYear(today, month(m.group(1)), num(m, 2), m.group(3)), true);
        }
        m = DAY_ONLY.matcher(text);
        while (m.find()) {
            int day = num(m, 1);
            LocalDate d = null;
            if (day >= 1 && day <= 31) {
                LocalDate base = day >= today.getDayOfMonth() ? today : today.plusMonths(1);
                d = day <= base.lengthOfMonth() ? base.withDayOfMonth(day) : null;
            }
            add(out, taken, blocked, text, m, d, true);
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int days = switch (w) {
                case "hari ini", "hr ini", "today", "tonight", "malam ini" -> 0;
                case "lusa" -> 2;
                case "kemarin", "kemaren", "kmrn", "kmarin", "yesterday", "semalam" -> -1;
                default -> 1;
            };
            add(out, taken, blocked, text, m, today.plusDays(days), false);
        }
        m = CJK_RELATIVE.matcher(text);
        while (m.find()) {
            int days = switch (m.group()) {
                case "今天" -> 0;
                case "明天" -> 1;
                case "后天", "後天" -> 2;
                default -> -1;
            };
            add(out, taken, blocked, text, m, today.plusDays(days), false);
        }
        m = NET.matcher(text);
        while (m.find()) {
            add(out, taken, blocked, text, m, today.plusDays(num(m, 1)), false);
        }
        m = IN_DAYS.matcher(text);
        while (m.find()) {
            int n = num(m, 2);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            boolean ago = m.group(4) != null;
            boolean cue = m.group(1) != null;
            String lead = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            if (!cue && !ago && DURATION_LEAD.matcher(lead).find()) {
                continue; // "sudah 45 hari", "for 3 days": how long, not when
            }
            if (!cue && !ago && (unit.startsWith("bulan") || unit.startsWith("month") || unit.startsWith("minggu")
                    || unit.startsWith("week") || unit.equals("hr"))) {
                continue; // "3 bulan", "2 minggu" alone are durations, not dates
            }
            LocalDate d = unit.startsWith("minggu") || unit.startsWith("week") ? today.plusWeeks(ago ? -n : n)
                    : unit.startsWith("bulan") || unit.startsWith("month") ? today.plusMonths(ago ? -n : n)
                    : today.plusDays(ago ? -n : n);
            add(out, taken, blocked, text, m, d, false);
        }
        m = END_OF_MONTH.matcher(text);
        while (m.find()) {
            add(out, taken, blocked, text, m, today.with(TemporalAdjusters.lastDayOfMonth()), false);
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            String before = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String after = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            String day = m.group(2).toLowerCase(Locale.ROOT);
            if (day.equals("minggu") && !before.equals("hari") && !before.equals("hr")) {
                continue; // "minggu" is also "week"
            }
            DayOfWeek dow = weekday(day);
            String lead = text.substring(Math.max(0, m.start() - 30), m.start());
            boolean past = before.equals("last") || after.equals("lalu") || after.equals("kemarin")
                    || before.isEmpty() && PAST_LEAD.matcher(lead).find();
            LocalDate d = past ? today.with(TemporalAdjusters.previous(dow)) : today.with(TemporalAdjusters.next(dow));
            add(out, taken, blocked, text, m, d, false);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static void add(List<Mention> out, RuleSpans taken, RuleSpans blocked, String text, Matcher m, LocalDate d,
                            boolean absolute) {
        if (d == null || taken.overlaps(m.start(), m.end()) || blocked.overlaps(m.start(), m.end())) {
            return;
        }
        taken.add(m.start(), m.end());
        blocked.add(m.start(), m.end());
        String lead = text.substring(Math.max(0, m.start() - 30), m.start());
        boolean cue = DUE_CUE.matcher(lead).find() || m.group().toLowerCase(Locale.ROOT).matches("(?s)(net|tempo|due in|in|within|dalam)\\b.*");
        out.add(new Mention(d, m.start(), m.end(), cue, absolute));
    }

    private static LocalDate withYear(LocalDate today, int month, int day, String year) {
        if (year != null) {
            return date(Integer.parseInt(year), month, day);
        }
        LocalDate best = null;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate d = date(y, month, day);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - today.toEpochDay())
                    < Math.abs(best.toEpochDay() - today.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return y < 1900 || y > 2200 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static DayOfWeek weekday(String day) {
        return switch (day) {
            case "monday", "senin", "isnin", "lunes" -> DayOfWeek.MONDAY;
            case "tuesday", "selasa", "martes" -> DayOfWeek.TUESDAY;
            case "wednesday", "rabu", "miércoles" -> DayOfWeek.WEDNESDAY;
            case "thursday", "kamis", "khamis", "jueves" -> DayOfWeek.THURSDAY;
            case "friday", "jumat", "jum'at", "jumaat", "viernes" -> DayOfWeek.FRIDAY;
            case "saturday", "sabtu", "sábado", "sabado" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
                {"januari", "january", "jan"}, {"februari", "february", "feb", "pebruari"}, {"maret", "march", "mac", "mar"},
                {"april", "apr"}, {"mei", "may"}, {"juni", "june", "jun"}, {"juli", "july", "julai", "jul"},
                {"agustus", "august", "ogos", "agu", "agt", "ags", "aug"}, {"september", "sept", "sep"},
                {"oktober", "october", "okt", "oct"}, {"november", "nopember", "nov"},
                {"desember", "december", "disember", "des", "dec"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
