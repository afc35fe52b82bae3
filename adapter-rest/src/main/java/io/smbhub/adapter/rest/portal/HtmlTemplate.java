package io.smbhub.adapter.rest.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal HTML template from the classpath ({@code io/smbhub/adapter/rest/portal/<name>.html}): {@code {{name}}}
 * is replaced by the value HTML-escaped, {@code {{{name}}}} by the value as is (for fragments built from escaped
 * parts). A slot without a value is a programming error ({@link IllegalStateException}), so nothing is silently
 * left out of a page.
 */
final class HtmlTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{\\{(\\w+)}}}|\\{\\{(\\w+)}}");

    private final String name;
    private final String text;

    private HtmlTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Loads {@code <name>.html} next to this class. */
    static HtmlTemplate load(String name) {
        String resource = name + ".html";
        try (InputStream in = HtmlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Portal template " + resource + " is missing from the classpath");
            }
            return new HtmlTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read portal template " + resource, e);
        }
    }

    /** The template with every slot filled from {@code values} (null values render as empty). */
    String render(Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            boolean raw = m.group(1) != null;
            String key = raw ? m.group(1) : m.group(2);
            if (!values.containsKey(key)) {
                throw new IllegalStateException("Portal template " + name + " has no value for " + key);
            }
            String value = values.get(key) == null ? "" : values.get(key);
            m.appendReplacement(out, Matcher.quoteReplacement(raw ? value : escape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code text} safe inside HTML element content and quoted attribute values; null becomes empty. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
