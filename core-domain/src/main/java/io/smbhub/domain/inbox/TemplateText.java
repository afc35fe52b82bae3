package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.Validation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variable syntax of message templates (issue 5 "Message templates with variables"): plain text with
 * {@code {{variable}}} placeholders, names of lower-case letters, digits and underscores (spaces inside the
 * braces are allowed). No logic, loops or HTML: a template is what a business owner can edit safely; the values
 * are plain text and inserted as they are.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}");
    private static final Pattern BRACES = Pattern.compile("\\{\\{|}}");

    private TemplateText() {
    }

    /** The variable names used by {@code text}, in order of first use. */
    public static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Checks {@code text} (for {@code field}) against the {@code allowed} variable names, adding an error for each
     * unknown variable and for braces that do not form a placeholder (e.g. {@code {{Invoice Number}}} or a missing
     * {@code }}}).
     */
    public static void check(String text, Set<String> allowed, String field, Validation v) {
        if (text == null) {
            return;
        }
        for (String name : variables(text)) {
            if (!allowed.contains(name)) {
                v.add(field, "Unknown variable {{" + name + "}}; available: " + String.join(", ", allowed));
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (BRACES.matcher(rest).find()) {
            v.add(field, "'{{' and '}}' must enclose a variable name such as {{contact_name}}");
        }
    }

    /**
     * {@code text} with every placeholder replaced by its value in {@code values}; those named in {@code keep} stay as
     * placeholders (e.g. {@code portal_url}, filled in only when the email is sent). A line whose placeholders all
     * have no value (missing or blank) is left out — "View and pay online: {{portal_url}}" disappears when there is no
     * portal link — and runs of blank lines collapse to one.
     */
    public static String render(String text, Map<String, String> values, Set<String> keep) {
        StringBuilder out = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            Matcher m = PLACEHOLDER.matcher(line);
            StringBuilder rendered = new StringBuilder();
            boolean any = false;
            boolean allEmpty = true;
            while (m.find()) {
                any = true;
                String name = m.group(1);
                String value = keep.contains(name) ? "{{" + name + "}}" : values.get(name);
                if (value != null && !value.isBlank()) {
                    allEmpty = false;
                }
                m.appendReplacement(rendered, Matcher.quoteReplacement(value == null ? "" : value));
            }
            m.appendTail(rendered);
            if (any && allEmpty) {
                continue;
            }
            out.append(rendered).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
