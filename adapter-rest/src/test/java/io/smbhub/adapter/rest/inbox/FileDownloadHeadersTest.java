package io.smbhub.adapter.rest.inbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** File downloads name the file safely (RFC 6266 / 8187) and never send a media type that is not plain {@code type/subtype}. */
class FileDownloadHeadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            report.pdf             | attachment; filename="report.pdf"; filename*=UTF-8''report.pdf
            Angebot Müller.pdf     | attachment; filename="Angebot M_ller.pdf"; filename*=UTF-8''Angebot%20M%C3%BCller.pdf
            `a"b\\c.txt`           | attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt
            100%.txt               | attachment; filename="100_.txt"; filename*=UTF-8''100%25.txt
            発注書.pdf              | attachment; filename="___.pdf"; filename*=UTF-8''%E7%99%BA%E6%B3%A8%E6%9B%B8.pdf
            `x;y=z.txt`            | attachment; filename="x;y=z.txt"; filename*=UTF-8''x%3By%3Dz.txt
            ``                     | attachment; filename="attachment"; filename*=UTF-8''attachment
            """)
    void contentDisposition(String name, String expected) {
        assertThat(FileController.contentDisposition(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            application/pdf              | application/pdf
            IMAGE/PNG                    | image/png
            text/html                    | text/html
            text/plain; charset=utf-8    | text/plain
            text/html x-evil              | application/octet-stream
            pdf                          | application/octet-stream
            ``                           | application/octet-stream
            """)
    void mediaType(String stored, String expected) {
        assertThat(FileController.mediaType(stored)).isEqualTo(expected);
    }
}
