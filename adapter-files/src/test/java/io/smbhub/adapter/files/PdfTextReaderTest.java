package io.smbhub.adapter.files;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The PDF text reader reads PDF text layers and text files, and refuses damaged or encrypted PDFs")
class PdfTextReaderTest {

    private final PdfTextReader reader = new PdfTextReader();

    /** A PDF with one page per entry of {@code pages}, each line of an entry on its own text line. */
    private static byte[] pdf(List<String> pages, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setLeading(16);
                    cs.newLineAtOffset(50, 720);
                    for (String line : text.split("\n")) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("a PDF's text comes back page by page, line by line")
    void readsPdfText() throws IOException {
        byte[] bytes = pdf(List.of("INVOICE INV-000123\nBill to: PT Delta Prima", "Servis AC 10 unit @ Rp 85.000\nTotal Rp 850.000"),
                null);

        assertThat(reader.read("application/pdf", bytes)).hasValueSatisfying(text -> assertThat(text)
                .contains("INVOICE INV-000123\nBill to: PT Delta Prima")
                .contains("Servis AC 10 unit @ Rp 85.000\nTotal Rp 850.000")
                .doesNotContain("\r"));
    }

    @Test
    @DisplayName("a PDF without a text layer (a scan) answers empty")
    void emptyPdfIsEmpty() throws IOException {
        assertThat(reader.read("application/pdf", pdf(List.of(""), null))).isEmpty();
    }

    @Test
    @DisplayName("a long PDF is cut at 100,000 characters")
    void cutsLongPdf() throws IOException {
        String page = "Cuci AC split 1 PK unit ruang tamu lantai dua Rp 75.000\n".repeat(40);
        byte[] bytes = pdf(java.util.Collections.nCopies(50, page), null);

        assertThat(reader.read("application/pdf", bytes)).hasValueSatisfying(t -> assertThat(t).hasSize(100_000));
    }

    @Test
    @DisplayName("a password-protected PDF is a VALIDATION_ERROR on file")
    void encryptedPdfIsRefused() throws IOException {
        byte[] bytes = pdf(List.of("secret"), new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission()));

        assertThatThrownBy(() -> reader.read("application/pdf", bytes))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("file");
                    assertThat(e.getMessage()).contains("encrypted");
                });
    }

    @Test
    @DisplayName("damaged bytes sent as a PDF are a VALIDATION_ERROR on file")
    void damagedPdfIsRefused() {
        byte[] bytes = "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.read("application/pdf", bytes))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("file");
                });
    }

    @Test
    @DisplayName("text files are read like the plain reader, HTML reduced to its text")
    void readsTextFiles() {
        assertThat(reader.read("text/plain", "tolong perbaiki AC".getBytes(StandardCharsets.UTF_8)))
                .contains("tolong perbaiki AC");
        assertThat(reader.read("text/html", "<p>Bill <b>Luna</b> &amp; Co</p>".getBytes(StandardCharsets.UTF_8)))
                .contains("Bill Luna & Co");
    }

    @ParameterizedTest
    @DisplayName("images and other binary types answer empty")
    @ValueSource(strings = {"image/jpeg", "image/png", "application/zip"})
    void imagesAreEmpty(String type) {
        assertThat(reader.read(type, new byte[]{(byte) 0xFF, (byte) 0xD8, 0})).isEmpty();
    }
}
