package io.smbhub.application.memory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The plain text reader reads text/* documents and nothing else")
class PlainTextFileReaderTest {

    private final PlainTextFileReader reader = new PlainTextFileReader();

    @Test
    @DisplayName("plain text is read as UTF-8, a byte-order mark dropped")
    void readsUtf8() {
        byte[] bytes = "\uFEFFTolong perbaiki AC 🙏 — Rp 150.000".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("text/plain", bytes)).contains("Tolong perbaiki AC 🙏 — Rp 150.000");
    }

    @Test
    @DisplayName("a charset named in the media type is honoured")
    void honoursCharset() {
        byte[] latin1 = "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read("text/plain; charset=ISO-8859-1", latin1)).contains("Café crème");
    }

    @Test
    @DisplayName("HTML keeps only the visible text, with block ends as line breaks and entities decoded")
    void stripsHtml() {
        String html = "<html><head><title>x</title><style>p{color:red}</style></head><body>"
                + "<p>Invoice for <b>Bu&nbsp;Sari</b></p><script>alert(1)</script><ul><li>Cuci AC &amp; freon</li>"
                + "<li>Total: Rp 225.000</li></ul><!-- hidden --></body></html>";

        assertThat(reader.read("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)))
                .contains("Invoice for Bu Sari\nCuci AC & freon\nTotal: Rp 225.000");
    }

    @ParameterizedTest
    @DisplayName("images, PDFs and other binary types answer empty")
    @ValueSource(strings = {"image/jpeg", "application/pdf", "application/zip", "application/octet-stream"})
    void otherTypesAreEmpty(String type) {
        assertThat(reader.read(type, new byte[]{1, 2, 3})).isEmpty();
    }

    @Test
    @DisplayName("text longer than 100,000 characters is cut")
    void cutsLongText() {
        byte[] big = "a".repeat(150_000).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("text/csv", big)).hasValueSatisfying(t -> assertThat(t).hasSize(100_000));
    }
}
