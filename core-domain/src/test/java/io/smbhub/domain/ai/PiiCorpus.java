package io.smbhub.domain.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled PII corpus {@code pii-corpus.tsv} (issue 6): one message per line — id, language, text (escapes
 * {@code \n}, {@code \t}, {@code \\}), expected spans as {@code TYPE=value} joined by {@code " || "}.
 */
final class PiiCorpus {

    static final String RESOURCE = "/io/smbhub/domain/ai/pii-corpus.tsv";

    /** One labelled message. */
    record Sample(String id, String lang, String text, List<Expected> expected) {
    }

    /** A span the detector should find: its type and exact value. */
    record Expected(String type, String value) {
    }

    private PiiCorpus() {
    }

    static List<Sample> load() {
        try (InputStream in = PiiCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Sample> parse(String content) {
        List<Sample> samples = new ArrayList<>();
        for (String line : content.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new IllegalStateException("corpus line needs 4 tab-separated columns: " + line);
            }
            List<Expected> expected = new ArrayList<>();
            if (!cols[3].isEmpty()) {
                for (String item : cols[3].split(" \\|\\| ")) {
                    int eq = item.indexOf('=');
                    expected.add(new Expected(item.substring(0, eq), unescape(item.substring(eq + 1))));
                }
            }
            samples.add(new Sample(cols[0], cols[1], unescape(cols[2]), List.copyOf(expected)));
        }
        return List.copyOf(samples);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
