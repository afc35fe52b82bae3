package io.smbhub.application.memory;

import io.smbhub.application.port.out.DocumentRenderer;

import java.nio.charset.StandardCharsets;

/**
 * {@link DocumentRenderer} for tests without the PDF adapter: the document as plain text
 * ({@code text/plain}, {@code INV-000123.txt}), honestly labelled as such.
 */
public final class TextDocumentRenderer implements DocumentRenderer {

    @Override
    public Rendered render(PrintableDocument d) {
        StringBuilder text = new StringBuilder()
                .append(d.businessName()).append('\n')
                .append(d.title()).append(' ').append(d.number()).append(" (").append(d.statusLabel()).append(")\n")
                .append("Bill to: ").append(d.customerName()).append('\n');
        for (Line line : d.lines()) {
            text.append(line.description()).append(" x ").append(line.quantity().toPlainString()).append(" @ ")
                    .append(line.unitPrice().toPlainString()).append(" = ").append(line.lineTotal().toPlainString()).append('\n');
        }
        text.append("Total: ").append(d.currency()).append(' ').append(d.total().toPlainString()).append('\n')
                .append("Amount due: ").append(d.currency()).append(' ').append(d.amountDue().toPlainString()).append('\n');
        return new Rendered(d.number() + ".txt", "text/plain; charset=UTF-8", text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
