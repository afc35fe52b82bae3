package io.smbhub.adapter.files;

import io.smbhub.application.memory.PlainTextFileReader;
import io.smbhub.application.port.out.FileTextReader;
import io.smbhub.domain.shared.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link FileTextReader} of a server (issue 6, Text-to-Task from uploaded documents): the text layer of PDFs via
 * Apache PDFBox ({@code Loader.loadPDF} + {@link PDFTextStripper}, pages in reading order, at most
 * {@value #MAX_PAGES} pages), {@code text/*} like {@link PlainTextFileReader} (UTF-8, HTML reduced to visible text),
 * and empty for every other type (images, archives) and for a PDF without a text layer (a scan). Text is cut at
 * 100,000 characters. Errors: {@code VALIDATION_ERROR} on {@code file} for a damaged PDF or one that is encrypted.
 */
public final class PdfTextReader implements FileTextReader {

    /** Pages read at most; a longer PDF is read up to here (the text is cut at 100,000 characters anyway). */
    public static final int MAX_PAGES = 200;

    private final PlainTextFileReader plain = new PlainTextFileReader();

    @Override
    public Optional<String> read(String mimeType, byte[] bytes) {
        if (mimeType == null || bytes == null) {
            return Optional.empty();
        }
        String type = mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf") || type.equals("application/x-pdf")) {
            String text = pdfText(bytes).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(PlainTextFileReader.cut(text));
        }
        return plain.read(mimeType, bytes);
    }

    private static String pdfText(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw encrypted();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setEndPage(MAX_PAGES);
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("file", "The PDF could not be read (" + e.getClass().getSimpleName()
                    + "); it may be damaged. Upload it again, or paste its text instead");
        }
    }

    private static DomainException encrypted() {
        return DomainException.invalid("file", "The PDF is encrypted or password-protected, so its text cannot be read; "
                + "upload an unprotected copy or paste its text instead");
    }
}
