package io.smbhub.adapter.rest;

import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.InboundMailParser;
import io.smbhub.domain.shared.DomainException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small {@link InboundMailParser} for the REST tests on the in-memory core, which has no mail library:
 * it reads the messages {@link Mails} writes (ASCII headers, text/plain or one level of multipart/mixed, base64 or
 * 7bit parts, {@code filename} or RFC 2231 {@code filename*=UTF-8''…}). Real MIME parsing is adapter-email's
 * {@code MimeInboundMailParser}, tested there against a mail server.
 */
final class TestMailParser implements InboundMailParser {

    private static final Pattern ANGLE = Pattern.compile("<([^>]+)>");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @Override
    public InboundEmail parse(byte[] rawMime) {
        String raw = new String(rawMime, StandardCharsets.UTF_8);
        Part message = part(raw);
        String from = message.header("from");
        if (from == null) {
            throw DomainException.invalid("message", "The body is not an email: it has no From header");
        }
        List<InboundEmail.Attachment> attachments = new ArrayList<>();
        String text = "";
        String type = message.header("content-type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            Matcher b = BOUNDARY.matcher(type);
            if (!b.find()) {
                throw DomainException.invalid("message", "multipart without boundary");
            }
            for (String chunk : message.body.split("--" + Pattern.quote(b.group(1)))) {
                if (chunk.startsWith("--") || chunk.isBlank()) {
                    continue;
                }
                Part part = part(chunk.startsWith("\r\n") ? chunk.substring(2) : chunk);
                String disposition = part.header("content-disposition");
                if (disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("attachment")) {
                    attachments.add(new InboundEmail.Attachment(fileName(disposition),
                            part.header("content-type").split(";")[0].strip(), part.content()));
                } else if (text.isEmpty()) {
                    text = new String(part.content(), StandardCharsets.UTF_8).strip();
                }
            }
        } else {
            text = new String(message.content(), StandardCharsets.UTF_8).strip();
        }
        String references = message.header("references");
        return new InboundEmail(bare(message.header("message-id")), bare(message.header("in-reply-to")),
                references == null ? List.of() : ANGLE.matcher(references).results().map(m -> m.group(1)).toList(),
                address(from), null, addresses(message.header("to")), addresses(message.header("cc")),
                addresses(message.header("delivered-to")).stream().map(InboundEmail.Address::address).toList(),
                message.header("subject"), date(message.header("date")), text, null, attachments);
    }

    /** Headers (lower-case names, unfolded) and the raw body of one part. */
    private record Part(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }

        byte[] content() {
            String encoding = headers.getOrDefault("content-transfer-encoding", "7bit");
            return encoding.equalsIgnoreCase("base64") ? Base64.getMimeDecoder().decode(body.strip())
                    : body.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Part part(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : head.split("\r\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.put(last, headers.get(last) + " " + line.strip());
            } else if (line.contains(":")) {
                last = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                headers.put(last, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return new Part(headers, body);
    }

    private static String fileName(String disposition) {
        Matcher star = FILENAME_STAR.matcher(disposition);
        if (star.find()) {
            return URLDecoder.decode(star.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        Matcher plain = FILENAME.matcher(disposition);
        return plain.find() ? plain.group(1) : "attachment";
    }

    private static String bare(String id) {
        if (id == null) {
            return null;
        }
        Matcher m = ANGLE.matcher(id);
        return m.find() ? m.group(1) : id.strip();
    }

    private static InboundEmail.Address address(String text) {
        Matcher m = ANGLE.matcher(text);
        if (m.find()) {
            String name = text.substring(0, m.start()).strip().replace("\"", "");
            return new InboundEmail.Address(m.group(1).strip().toLowerCase(Locale.ROOT), name.isEmpty() ? null : name);
        }
        return new InboundEmail.Address(text.strip().toLowerCase(Locale.ROOT), null);
    }

    private static List<InboundEmail.Address> addresses(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).filter(s -> !s.isBlank()).map(TestMailParser::address).toList();
    }

    private static Instant date(String header) {
        if (header == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
