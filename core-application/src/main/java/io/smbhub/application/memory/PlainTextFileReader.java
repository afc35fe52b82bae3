package io.smbhub.application.memory;

import io.smbhub.application.port.out.FileTextReader;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link FileTextReader} of the core (issue 6 Text-to-Task from files): reads {@code text/*} documents — UTF-8
 * unless the media type names another charset ({@code text/plain; charset=ISO-8859-1}); undecodable bytes become
 * U+FFFD — and for {@code text/html} keeps only the visible text (tags, scripts and styles removed, block ends as line
 * breaks, entities decoded). Any other media type (PDF, images, archives) answers empty; the PDF-capable reader lives
 * in the files adapter. Text is cut at {@value #MAX_CHARS} characters. Never throws for content.
 */
public final class PlainTextFileReader implements FileTextReader {

    /** The most characters answered. */
    public static final int MAX_CHARS = 100_000;

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)\"?");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|template|noscript)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|table|ul|ol|section|article|"
            + "blockquote|pre|header|footer)\\s*>|<(p|div|li|tr|h[1-6])\\b[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    @Override
    public Optional<String> read(String mimeType, byte[] bytes) {
        if (mimeType == null || bytes == null) {
            return Optional.empty();
        }
        String type = mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/")) {
            return Optional.empty();
        }
        String text = decode(bytes, charset(mimeType));
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (type.equals("text/html") || type.equals("text/xhtml")) {
            text = htmlToText(text);
        }
        return Optional.of(cut(text.replace("\r\n", "\n")));
    }

    /** The visible text of an HTML document: hidden parts and tags removed, block ends as line breaks. */
    public static String htmlToText(String html) {
        String s = HIDDEN.matcher(html).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = CELL.matcher(s).replaceAll("\t");
        s = TAG.matcher(s).replaceAll("");
        s = entities(s);
        s = s.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{2,}", "\n");
        return s.strip();
    }

    /** {@code text} cut to {@value #MAX_CHARS} characters (never inside a surrogate pair). */
    public static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    private static Charset charset(String mimeType) {
        Matcher m = CHARSET.matcher(mimeType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unsupported) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, charset);
        }
    }

    private static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            } else if (e.startsWith("#")) {
                r = codePoint(Integer.parseInt(e.substring(1)), m.group());
            } else {
                r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    case "euro" -> "€";
                    case "pound" -> "£";
                    case "yen" -> "¥";
                    case "copy" -> "©";
                    case "hellip" -> "…";
                    case "rsquo", "lsquo" -> "'";
                    case "rdquo", "ldquo" -> "\"";
                    default -> m.group();
                };
            }
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
    }
}
