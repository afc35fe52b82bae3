package io.smbhub.adapter.rest.contact;

import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.application.port.in.contact.ImportContactsUseCase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses an RFC 4180 CSV with a header row into import rows: header names trimmed, lower-cased, inner
 * spaces and dashes turned into underscores ({@code "Display Name"} → {@code display_name}); each row keeps
 * the physical line it starts on (header = line 1), counted in the source text so that quoted cells spanning
 * several lines do not shift later rows. Malformed CSV is a 400 naming the line.
 */
final class CsvContactRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();

    private CsvContactRows() {
    }

    static List<ImportContactsUseCase.Row> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        if (text.isBlank()) {
            throw ApiException.badRequest("csv", "The CSV is empty; the first line must be a header such as display_name,email,phone");
        }
        long[] lineStarts = lineStarts(text);
        List<ImportContactsUseCase.Row> rows = new ArrayList<>();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), FORMAT);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.badRequest("csv", "The CSV header on line 1 cannot be read: " + e.getMessage());
        }
        try (parser) {
            List<String> headers = parser.getHeaderNames().stream().map(CsvContactRows::normalize).toList();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    long line = Math.max(2, parser.getCurrentLineNumber());
                    throw ApiException.badRequest("csv", "The CSV is malformed at line " + line + ": " + rootMessage(e));
                }
                if (rows.size() >= ImportContactsUseCase.MAX_ROWS) {
                    throw ApiException.invalid("csv", "At most " + ImportContactsUseCase.MAX_ROWS + " rows can be imported at once");
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    if (!headers.get(i).isEmpty() && i < record.size()) {
                        cells.put(headers.get(i), record.get(i));
                    }
                }
                rows.add(new ImportContactsUseCase.Row(lineOf(lineStarts, firstContent(text, record.getCharacterPosition())), cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String normalize(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** Offsets at which each physical line starts (CRLF, LF and CR all end a line). */
    private static long[] lineStarts(String text) {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add((long) i + 1);
            } else if (c == '\n') {
                starts.add((long) i + 1);
            }
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** A record's reported position may be the start of skipped empty lines before it: step over them. */
    private static long firstContent(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    /** 1-based line number of a character offset. */
    private static long lineOf(long[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
