package io.smbhub.adapter.rest.contact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.application.port.in.contact.ImportContactsUseCase;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An import creates many contacts and no single id, so the idempotency result stored for an import is the
 * report itself as compact JSON; a replay answers with the first report.
 */
final class ImportReportCodec {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ImportReportCodec() {
    }

    static String encode(ImportContactsUseCase.Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("created", report.created());
            g.writeNumberField("skipped_duplicates", report.skippedDuplicates());
            g.writeNumberField("rejected", report.rejected());
            g.writeArrayFieldStart("errors");
            for (ImportContactsUseCase.RowError e : report.errors()) {
                g.writeStartObject();
                g.writeNumberField("line", e.line());
                g.writeStringField("field", e.field());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static ContactDto.ImportReportDto decode(String text) {
        JsonObject json = JsonInput.object(text);
        List<ContactDto.RowErrorDto> errors = new ArrayList<>();
        for (JsonObject e : json.objects("errors")) {
            errors.add(new ContactDto.RowErrorDto(e.longValue("line"), e.string("field"), e.string("message")));
        }
        return new ContactDto.ImportReportDto(json.longValue("created").intValue(),
                json.longValue("skipped_duplicates").intValue(), json.longValue("rejected").intValue(), errors);
    }
}
