package io.smbhub.adapter.email;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.smbhub.application.port.out.DocumentRenderer;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;

/**
 * {@link DocumentRenderer} producing PDF invoices and quotes (spec smb-hub-prd.md 3.13): the XHTML template
 * {@code io/smbhub/adapter/email/document.html} is filled with JMustache (HTML escaping on, so customer text such as
 * {@code <script>} prints literally) and laid out by openhtmltopdf (PDFBox) on A4 pages, the lines table header
 * repeating on every page. Fast mode is openhtmltopdf's only renderer since 1.0 ({@code useFastMode()} is a
 * deprecated no-op there), so it is not called.
 *
 * <p>Shape of the result: filename {@code <number>.pdf}, content type {@code application/pdf}, the PDF bytes. The
 * DejaVu Sans fonts shipped in this module's resources are embedded (subset), so output does not depend on the
 * fonts installed on the server and non-ASCII text (ü, é, ß, Indonesian) prints and extracts as text. Templates
 * cannot load external resources (no network or file access while rendering).
 *
 * <p>Reproducible: the same {@link PrintableDocument} gives byte-identical PDFs; the creation and modification
 * dates are the issue date at 00:00 UTC, the producer is {@value #PRODUCER} and the trailer ID is derived from
 * them and the title rather than from the clock.
 *
 * <p>openhtmltopdf logs through {@code java.util.logging} loggers named {@code com.openhtmltopdf.*} (INFO per
 * render); configure their level in the application's logging setup.
 *
 * <p>Thread-safe; the template and font bytes are loaded once. Errors: {@code PROVIDER_ERROR} when the document
 * cannot be rendered (e.g. an unknown currency code), with the document number in the message.
 */
public final class HtmlPdfDocumentRenderer implements DocumentRenderer {

    /** The PDF producer written into every document. */
    public static final String PRODUCER = "SMB Hub";

    private static final String RESOURCES = "/io/smbhub/adapter/email/";
    private static final String FONT_FAMILY = "DejaVu Sans";

    private final Template template;
    private final byte[] regularFont;
    private final byte[] boldFont;

    /** Loads the template and fonts from the classpath; fails with {@link UncheckedIOException} if they are missing. */
    public HtmlPdfDocumentRenderer() {
        try (Reader reader = new InputStreamReader(resource("document.html"), StandardCharsets.UTF_8)) {
            this.template = Mustache.compiler().escapeHTML(true).compile(reader);
            this.regularFont = bytes("fonts/DejaVuSans.ttf");
            this.boldFont = bytes("fonts/DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF template or fonts could not be read from the classpath", e);
        }
    }

    @Override
    public Rendered render(PrintableDocument document) {
        Objects.requireNonNull(document, "document");
        try {
            String html = template.execute(DocumentTemplateModel.of(document));
            return new Rendered(document.number() + ".pdf", "application/pdf", toPdf(html, document.issueDate()));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DomainException(ErrorCode.PROVIDER_ERROR, "Could not render " + document.number() + " as PDF: "
                    + reason + "; check the document's currency code and amounts, then try again");
        }
    }

    private byte[] toPdf(String html, LocalDate issueDate) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(html, null)
                .withProducer(PRODUCER)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            fixMetadata(pdf, issueDate);
            pdf.save(out);
        }
        return out.toByteArray();
    }

    /** Replaces the wall-clock creation date openhtmltopdf writes, and the clock-based trailer ID PDFBox would add. */
    private static void fixMetadata(PDDocument pdf, LocalDate issueDate) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        if (issueDate != null) {
            date.setTimeInMillis(issueDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setProducer(PRODUCER);
        pdf.setDocumentId(date.getTimeInMillis());
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = HtmlPdfDocumentRenderer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing classpath resource " + RESOURCES + name);
        }
        return in;
    }
}
