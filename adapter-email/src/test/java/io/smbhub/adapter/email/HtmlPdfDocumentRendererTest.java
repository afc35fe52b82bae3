package io.smbhub.adapter.email;

import io.smbhub.application.port.out.DocumentRenderer.Line;
import io.smbhub.application.port.out.DocumentRenderer.PrintableDocument;
import io.smbhub.application.port.out.DocumentRenderer.Rendered;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlPdfDocumentRendererTest {

    private static final HtmlPdfDocumentRenderer RENDERER = new HtmlPdfDocumentRenderer();

    static PrintableDocument invoice(String status, List<Line> lines, BigDecimal paid) {
        BigDecimal subtotal = lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = new BigDecimal("50.00");
        BigDecimal tax = subtotal.subtract(discount).multiply(new BigDecimal("0.13")).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal total = subtotal.subtract(discount).add(tax);
        return new PrintableDocument("INVOICE", "Invoice", "INV-000123", status, "Northwind Plumbing", "#0a7d5a",
                "John Smith", "john@example.com", LocalDate.of(2026, 3, 1), "Due date", LocalDate.of(2026, 3, 31),
                "CAD", lines, subtotal, discount, tax, total, paid, total.subtract(paid),
                "Thank you for your business.\nPlease quote the invoice number.", "Net 30. 2% monthly interest on late payments.");
    }

    static List<Line> lines(int count) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Boiler service, annual", new BigDecimal("1"), new BigDecimal("1234.50"), new BigDecimal("13"),
                new BigDecimal("1234.50")));
        lines.add(new Line("Copper pipe 15 mm (per metre)", new BigDecimal("12.5"), new BigDecimal("8.125"),
                new BigDecimal("13"), new BigDecimal("101.56")));
        for (int i = 3; i <= count; i++) {
            lines.add(new Line("Labour item " + i, new BigDecimal("2"), new BigDecimal("45.00"), BigDecimal.ZERO,
                    new BigDecimal("90.00")));
        }
        return lines;
    }

    static PrintableDocument quote() {
        List<Line> lines = List.of(
                new Line("Kitchen renovation: design", new BigDecimal("1"), new BigDecimal("2500000"), new BigDecimal("11"),
                        new BigDecimal("2500000")),
                new Line("Pemasangan keramik lantai", new BigDecimal("40"), new BigDecimal("150000"), new BigDecimal("11"),
                        new BigDecimal("6000000")));
        return new PrintableDocument("QUOTE", "Quote", "QUO-000007", "Sent", "Bäcker & Söhne", null,
                "Élodie Müller", null, LocalDate.of(2026, 2, 10), "Valid until", LocalDate.of(2026, 3, 10), "IDR",
                lines, new BigDecimal("8500000"), BigDecimal.ZERO, new BigDecimal("935000"), new BigDecimal("9435000"),
                null, null, null, "Harga sudah termasuk PPN. Größe: 40 m²");
    }

    @Test
    void anInvoicePrintsBusinessNumberCustomerEveryLineAndTheFormattedAmounts() throws IOException {
        Rendered rendered = RENDERER.render(invoice("Sent", lines(4), new BigDecimal("500.00")));

        assertThat(rendered.filename()).isEqualTo("INV-000123.pdf");
        assertThat(rendered.contentType()).isEqualTo("application/pdf");
        assertThat(new String(rendered.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(rendered.content());
        assertThat(text).contains("Northwind Plumbing", "Invoice", "INV-000123", "Sent", "John Smith",
                "john@example.com", "1 Mar 2026", "Due date", "31 Mar 2026",
                "Boiler service, annual", "Copper pipe 15 mm (per metre)", "Labour item 3", "Labour item 4",
                "CAD 1,234.50", "CAD 8.125", "12.5", "13%",
                "Subtotal", "CAD 1,516.06", "Discount", "-CAD 50.00", "CAD 190.59", "CAD 1,656.65",
                "Amount paid", "CAD 500.00", "Amount due", "CAD 1,156.65",
                "Thank you for your business.", "Net 30.");
        assertThat(text).doesNotContain("PAID", "VOID");
    }

    @Test
    void aPaidInvoiceCarriesAPaidStampAndAVoidOneAVoidStamp() throws IOException {
        PrintableDocument paid = invoice("Paid", lines(2), new BigDecimal("1453.25"));
        PrintableDocument voided = invoice("Void", lines(2), BigDecimal.ZERO);

        assertThat(text(RENDERER.render(paid).content())).contains("PAID", "CAD 0.00").doesNotContain("VOID");
        assertThat(text(RENDERER.render(voided).content())).contains("VOID").doesNotContain("PAID");
    }

    @Test
    void aQuoteShowsValidUntilWithoutPaymentRowsAndKeepsNonAsciiText() throws IOException {
        Rendered rendered = RENDERER.render(quote());

        assertThat(rendered.filename()).isEqualTo("QUO-000007.pdf");
        String text = text(rendered.content());
        assertThat(text).contains("Bäcker & Söhne", "Quote", "QUO-000007", "Élodie Müller", "Valid until", "10 Mar 2026",
                "Kitchen renovation: design", "Pemasangan keramik lantai", "IDR 2,500,000.00", "IDR 150,000.00",
                "IDR 9,435,000.00", "Harga sudah termasuk PPN. Größe: 40 m²");
        assertThat(text).doesNotContain("Amount due", "Amount paid", "Discount", "PAID");
    }

    @Test
    void customerTextIsEscapedAndPrintsLiterally() throws IOException {
        List<Line> lines = List.of(new Line("<script>alert(1)</script> & \"quotes\" 'single'", BigDecimal.ONE,
                BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN));
        PrintableDocument doc = new PrintableDocument("INVOICE", "Invoice", "INV-000124", "Sent", "<b>Bold</b> Ltd",
                "red; background: url(http://example.com/x)", "A&B <Co>", null, LocalDate.of(2026, 3, 1), null, null, "USD",
                lines, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN,
                "</div><div>", null);

        String text = text(RENDERER.render(doc).content());

        assertThat(text).contains("<script>alert(1)</script> & \"quotes\" 'single'", "<b>Bold</b> Ltd", "A&B <Co>",
                "</div><div>", "USD 10.00");
    }

    @Test
    void theSameDocumentRendersToIdenticalBytesDatedByItsIssueDate() throws IOException {
        PrintableDocument doc = invoice("Paid", lines(6), new BigDecimal("1860.05"));

        byte[] first = RENDERER.render(doc).content();
        byte[] second = new HtmlPdfDocumentRenderer().render(doc).content();

        assertThat(second).isEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getProducer()).isEqualTo(HtmlPdfDocumentRenderer.PRODUCER);
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        }
    }

    @Test
    void aFiftyLineInvoiceSpansPagesWithEveryLineAndTheHeaderRepeated() throws IOException {
        Rendered rendered = RENDERER.render(invoice("Sent", lines(50), BigDecimal.ZERO));

        try (PDDocument pdf = Loader.loadPDF(rendered.content())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("Description", "Unit price").contains("Page 2 of");
        }
        String text = text(rendered.content());
        assertThat(IntStream.rangeClosed(3, 50).mapToObj(i -> "Labour item " + i + " ").toList())
                .allSatisfy(line -> assertThat(text).contains(line));
    }

    @Test
    void anUnknownCurrencyIsAProviderErrorNamingTheDocument() {
        PrintableDocument doc = new PrintableDocument("INVOICE", "Invoice", "INV-000125", "Sent", "Acme", null, "Jo",
                null, LocalDate.of(2026, 3, 1), null, null, "ZZZ", List.of(), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null);

        assertThatThrownBy(() -> RENDERER.render(doc)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
            assertThat(e.getMessage()).startsWith("Could not render INV-000125 as PDF: ");
        });
    }

    @Test
    void renderTimeForATenLineInvoice() {
        PrintableDocument doc = invoice("Sent", lines(10), new BigDecimal("100.00"));
        for (int i = 0; i < 5; i++) {
            RENDERER.render(doc);
        }
        int runs = 20;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            bytes = RENDERER.render(doc).content().length;
        }
        double millis = (System.nanoTime() - start) / 1_000_000.0 / runs;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0 / runs;
        System.out.printf("HtmlPdfDocumentRenderer: 10-line invoice, %.1f ms wall / %.1f ms thread CPU per render "
                + "(avg of %d after warm-up), %d bytes%n", millis, cpuMillis, runs, bytes);
        assertThat(bytes).isPositive();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
