package io.smbhub.adapter.email;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable plain text from an HTML mail body, for mails that came without a text/plain part (issue 5 "Inbound").
 * Not an HTML parser: drops head, script and style, treats source line breaks as spaces (as
 * browsers do), turns block ends and {@code <br>} into line breaks, removes tags,
 * decodes character references, and tidies whitespace. Good enough for an inbox preview and search.
 */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<!--.*?-->|<(head|script|style|title)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern LINE_BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol)\\s*>|<(p|div|tr|li|h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("pound", "£"), Map.entry("yen", "¥"),
            Map.entry("cent", "¢"), Map.entry("sect", "§"), Map.entry("deg", "°"), Map.entry("middot", "·"),
            Map.entry("bull", "•"), Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("times", "×"), Map.entry("auml", "ä"),
            Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("Auml", "Ä"), Map.entry("Ouml", "Ö"),
            Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
            Map.entry("agrave", "à"), Map.entry("ccedil", "ç"), Map.entry("ntilde", "ñ"));

    private HtmlText() {
    }

    /** The text of {@code html}: paragraphs on their own lines, at most one blank line in a row, trimmed. */
    static String toText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = text.replaceAll("\\s+", " ");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        text = text.replace('\u00a0', ' ').replaceAll("(?m)^ +| +$", "");
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity, String original) {
        if (entity.charAt(0) != '#') {
            return NAMED.getOrDefault(entity, original);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? new String(Character.toChars(codePoint)) : "";
    }
}
