package io.smbhub.adapter.email;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTemplateModelTest {

    @ParameterizedTest(name = "brand colour [{0}] is printed as {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            #0a7d5a                                  | #0a7d5a
            #ABC                                     | #ABC
            ' #123456 '                              | #123456
            NULL                                     | #1f3a5f
            red                                      | #1f3a5f
            #12345                                   | #1f3a5f
            '#000; background: url(http://x/y.png)' | #1f3a5f
            """)
    void onlyHexBrandColoursReachTheStylesheet(String requested, String printed) {
        assertThat(DocumentTemplateModel.brandColor(requested)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "status [{0}] stamps [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", emptyValue = "EMPTY", textBlock = """
            Paid          | PAID
            PAID          | PAID
            void          | VOID
            Sent          | EMPTY
            Partially paid| EMPTY
            NULL          | EMPTY
            """)
    void onlyPaidAndVoidDocumentsAreStamped(String statusLabel, String stamp) {
        assertThat(DocumentTemplateModel.stamp(statusLabel)).isEqualTo("EMPTY".equals(stamp) ? "" : stamp);
    }
}
