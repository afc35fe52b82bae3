package io.smbhub.domain.ai;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of {@link PiiRedactor#detect(String)} on the labelled corpus (issue 6 "PII masking"): a
 * detected span counts as a true positive only when an expected span has the same type and exactly the same value.
 * The table is printed to stdout so it shows in CI logs.
 */
@DisplayName("PII detection meets its precision and recall targets on the labelled corpus")
class PiiRedactionMetricsTest {

    private static List<PiiCorpus.Sample> corpus;
    private static final Map<PiiType, int[]> COUNTS = new EnumMap<>(PiiType.class); // TP, FP, FN
    private static final List<String> MISSES = new ArrayList<>();

    @BeforeAll
    static void score() {
        corpus = PiiCorpus.load();
        for (PiiType type : PiiType.values()) {
            COUNTS.put(type, new int[3]);
        }
        for (PiiCorpus.Sample sample : corpus) {
            List<PiiCorpus.Expected> open = new ArrayList<>(sample.expected());
            for (PiiRedactor.Span span : PiiRedactor.detect(sample.text())) {
                PiiType type = PiiType.valueOf(span.type());
                if (open.remove(new PiiCorpus.Expected(span.type(), span.value()))) {
                    COUNTS.get(type)[0]++;
                } else {
                    COUNTS.get(type)[1]++;
                    MISSES.add("FP " + sample.id() + " " + span.type() + " '" + span.value() + "'");
                }
            }
            for (PiiCorpus.Expected missed : open) {
                COUNTS.get(PiiType.valueOf(missed.type()))[2]++;
                MISSES.add("FN " + sample.id() + " " + missed.type() + " '" + missed.value() + "'");
            }
        }
        System.out.println(table());
    }

    @Test
    void corpusIsLargeAndEveryExpectedValueOccursInItsText() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus.stream().filter(s -> s.expected().isEmpty()).count())
                .as("hard negatives (messages without PII)").isGreaterThanOrEqualTo(60);
        for (PiiCorpus.Sample sample : corpus) {
            for (PiiCorpus.Expected e : sample.expected()) {
                assertThat(sample.text()).as("sample %s", sample.id()).contains(e.value());
                assertThat(PiiType.valueOf(e.type())).isNotNull();
            }
        }
    }

    @Test
    void recallOfEmailsCardsIbansAndNiksIsAtLeast98Percent() {
        for (PiiType type : List.of(PiiType.EMAIL, PiiType.CARD, PiiType.IBAN, PiiType.NIK)) {
            assertThat(recall(COUNTS.get(type))).as("recall of %s; misses: %s", type, MISSES)
                    .isGreaterThanOrEqualTo(0.98);
        }
    }

    @Test
    void recallOfPhonesIsAtLeast95Percent() {
        assertThat(recall(COUNTS.get(PiiType.PHONE))).as("recall of PHONE; misses: %s", MISSES)
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void precisionOfEveryTypeIsAtLeast95Percent() {
        for (PiiType type : PiiType.values()) {
            assertThat(precision(COUNTS.get(type))).as("precision of %s; misses: %s", type, MISSES)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void everyTypeIsRepresentedInTheCorpus() {
        for (PiiType type : PiiType.values()) {
            int[] c = COUNTS.get(type);
            assertThat(c[0] + c[2]).as("expected %s spans", type).isGreaterThanOrEqualTo(20);
        }
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }

    private static String table() {
        StringBuilder sb = new StringBuilder();
        long negatives = corpus.stream().filter(s -> s.expected().isEmpty()).count();
        sb.append(String.format("%nPII redaction metrics: %d labelled strings (%d without PII)%n", corpus.size(),
                negatives));
        sb.append(String.format("%-8s %5s %5s %5s %10s %8s%n", "type", "TP", "FP", "FN", "precision", "recall"));
        int[] all = new int[3];
        for (PiiType type : PiiType.values()) {
            int[] c = COUNTS.get(type);
            sb.append(row(type.name(), c));
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        }
        sb.append(row("OVERALL", all));
        MISSES.forEach(m -> sb.append("  ").append(m).append('\n'));
        return sb.toString();
    }

    private static String row(String name, int[] c) {
        return String.format("%-8s %5d %5d %5d %10.3f %8.3f%n", name, c[0], c[1], c[2], precision(c), recall(c));
    }
}
