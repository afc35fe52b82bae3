package io.smbhub.adapter.email;

import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.InboundMailParser;
import io.smbhub.domain.shared.DomainException;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link InboundMailParser} on Jakarta Mail / Angus Mail (issue 5 "Inbound"; spec smb-hub-prd.md 2.1 Message, 3.4):
 * turns raw {@code message/rfc822} bytes into an {@link InboundEmail}.
 *
 * <ul>
 *   <li>Threading: {@code Message-ID}, {@code In-Reply-To} and {@code References} as bare ids (no angle brackets),
 *       references oldest first.</li>
 *   <li>Addresses: From (or Sender), Reply-To, To, Cc with lower-cased addresses and decoded display names; group
 *       syntax is flattened and unparseable recipients are skipped. Envelope recipients from {@code Delivered-To},
 *       {@code X-Original-To} and {@code X-Envelope-To}, lower-cased, without duplicates.</li>
 *   <li>Subject with encoded words decoded; {@code Date} as a UTC {@link Instant} (null when missing or invalid).</li>
 *   <li>Body: the inline text/plain parts (joined by a blank line) and the first inline text/html part; when only
 *       HTML was sent, the text is derived from it. Text is decoded with the part's charset; an unknown or missing
 *       charset falls back to UTF-8 when the bytes are valid UTF-8, else ISO-8859-1.</li>
 *   <li>Attachments, in order: every part with a filename or {@code Content-Disposition: attachment} (inline images
 *       with names included), every other non-text leaf part, and each forwarded {@code message/rfc822} part as one
 *       {@code .eml} file. Nested multipart/mixed, /alternative and /related are walked. A missing filename is made
 *       up ({@code attachment-<n>.<ext>}); path components are stripped from given names.</li>
 * </ul>
 *
 * <p>Errors: {@code VALIDATION_ERROR} with field {@code message} when the bytes are not a mail message (headers
 * unreadable, no From address). The size limit is the caller's.
 */
public final class MimeInboundMailParser implements InboundMailParser {

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"), Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"),
            Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"), Map.entry("text/plain", "txt"),
            Map.entry("text/html", "html"), Map.entry("text/calendar", "ics"), Map.entry("text/csv", "csv"),
            Map.entry("message/rfc822", "eml"), Map.entry("application/zip", "zip"));

    private final Session session;

    /** A parser with lenient header, address and encoding handling (real-world mail is rarely strictly valid). */
    public MimeInboundMailParser() {
        Properties props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.allowutf8", "true");
        props.setProperty("mail.mime.decodetext.strict", "false");
        props.setProperty("mail.mime.decodefilename", "true");
        props.setProperty("mail.mime.parameters.strict", "false");
        props.setProperty("mail.mime.base64.ignoreerrors", "true");
        props.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        props.setProperty("mail.mime.multipart.allowempty", "true");
        this.session = Session.getInstance(props);
    }

    /**
     * @param rawMime the message as {@code message/rfc822} bytes
     * @return the parsed email
     * @throws DomainException {@code VALIDATION_ERROR} (field {@code message}) when the bytes are not a mail message
     */
    @Override
    public InboundEmail parse(byte[] rawMime) {
        if (rawMime == null || rawMime.length == 0) {
            throw notAMessage("it is empty");
        }
        MimeMessage mime;
        InboundEmail.Address from;
        try {
            mime = new MimeMessage(session, new ByteArrayInputStream(rawMime));
        } catch (MessagingException e) {
            throw notAMessage("its headers cannot be read (" + e.getMessage() + ")");
        }
        from = sender(mime);
        Body body = new Body();
        walk(mime, body);
        String text = body.text.isEmpty() && body.html != null ? HtmlText.toText(body.html) : String.join("\n\n", body.text);
        return new InboundEmail(firstId(header(mime, "Message-ID")), firstId(header(mime, "In-Reply-To")),
                ids(header(mime, "References")), from, first(addresses(mime, "Reply-To")),
                addresses(mime, "To"), addresses(mime, "Cc"), envelopeRecipients(mime), subject(mime), sentAt(mime),
                text, body.html, body.attachments);
    }

    private static DomainException notAMessage(String why) {
        return DomainException.invalid("message", "The uploaded content is not an email message: " + why
                + "; send the raw MIME message (message/rfc822) with at least a From header");
    }

    private static InboundEmail.Address sender(MimeMessage mime) {
        List<InboundEmail.Address> from = addresses(mime, "From");
        if (from.isEmpty()) {
            from = addresses(mime, "Sender");
        }
        if (from.isEmpty()) {
            throw notAMessage("it has no valid From address");
        }
        return from.get(0);
    }

    // ---- headers -------------------------------------------------------------------------------------------

    private static String header(MimeMessage mime, String name) {
        try {
            String value = mime.getHeader(name, " ");
            return value == null ? null : MimeUtility.unfold(value).trim();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The first {@code <id>} in the header, or the whole trimmed value when it has no angle brackets. */
    static String firstId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(value);
        if (m.find()) {
            return m.group(1);
        }
        String bare = value.trim().split("\\s+")[0];
        return bare.isEmpty() ? null : bare;
    }

    /** Every {@code <id>} in order, or whitespace-separated tokens when the header has no angle brackets. */
    static List<String> ids(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ANGLE_ID.matcher(value);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            for (String token : value.trim().split("[\\s,]+")) {
                if (!token.isEmpty()) {
                    ids.add(token);
                }
            }
        }
        return List.copyOf(ids);
    }

    private static List<InboundEmail.Address> addresses(MimeMessage mime, String headerName) {
        String value = header(mime, headerName);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<InboundEmail.Address> result = new ArrayList<>();
        for (InternetAddress address : parseAddresses(value)) {
            add(address, result);
        }
        return List.copyOf(result);
    }

    private static InternetAddress[] parseAddresses(String value) {
        try {
            return InternetAddress.parseHeader(value, false);
        } catch (AddressException e) {
            List<InternetAddress> parsed = new ArrayList<>();
            for (String piece : value.split(",")) {
                try {
                    parsed.addAll(List.of(InternetAddress.parseHeader(piece, false)));
                } catch (AddressException ignored) {
                    // an unparseable recipient is skipped; the rest of the header still counts
                }
            }
            return parsed.toArray(InternetAddress[]::new);
        }
    }

    private static void add(InternetAddress address, List<InboundEmail.Address> result) {
        if (address.isGroup()) {
            try {
                for (InternetAddress member : address.getGroup(false)) {
                    add(member, result);
                }
            } catch (AddressException ignored) {
                // an unparseable group contributes no recipients
            }
            return;
        }
        String email = address.getAddress();
        if (email == null || email.indexOf('@') <= 0 || email.endsWith("@")) {
            return;
        }
        String name = address.getPersonal();
        result.add(new InboundEmail.Address(email.trim().toLowerCase(Locale.ROOT),
                name == null || name.isBlank() ? null : name.strip()));
    }

    private static List<String> envelopeRecipients(MimeMessage mime) {
        Set<String> recipients = new LinkedHashSet<>();
        for (String name : List.of("Delivered-To", "X-Original-To", "X-Envelope-To")) {
            String[] values;
            try {
                values = mime.getHeader(name);
            } catch (MessagingException e) {
                continue;
            }
            if (values == null) {
                continue;
            }
            for (String value : values) {
                List<InboundEmail.Address> parsed = new ArrayList<>();
                for (InternetAddress address : parseAddresses(MimeUtility.unfold(value))) {
                    add(address, parsed);
                }
                parsed.forEach(address -> recipients.add(address.address()));
            }
        }
        return List.copyOf(recipients);
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static String subject(MimeMessage mime) {
        try {
            String subject = mime.getSubject();
            return subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip();
        } catch (MessagingException e) {
            String raw = header(mime, "Subject");
            return raw == null ? "" : raw;
        }
    }

    private static Instant sentAt(MimeMessage mime) {
        try {
            Date date = mime.getSentDate();
            return date == null ? null : date.toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    // ---- body ----------------------------------------------------------------------------------------------

    /** What the walk collected: inline text parts, the first inline HTML part, attachments. */
    private static final class Body {
        final List<String> text = new ArrayList<>();
        String html;
        final List<InboundEmail.Attachment> attachments = new ArrayList<>();
    }

    private void walk(Part part, Body body) {
        String type = baseType(part);
        try {
            if (type.startsWith("multipart/")) {
                Object content = part.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        walk(multipart.getBodyPart(i), body);
                    }
                    return;
                }
            }
            if (type.equals("message/rfc822")) {
                body.attachments.add(new InboundEmail.Attachment(forwardedName(part, body), "message/rfc822",
                        bytes(part)));
                return;
            }
            boolean named = fileName(part) != null;
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
            if (!named && !attached && type.equals("text/plain")) {
                body.text.add(text(part));
            } else if (!named && !attached && type.equals("text/html")) {
                if (body.html == null) {
                    body.html = text(part);
                }
            } else {
                body.attachments.add(new InboundEmail.Attachment(attachmentName(part, type, body), type, bytes(part)));
            }
        } catch (MessagingException | IOException e) {
            body.attachments.add(new InboundEmail.Attachment(attachmentName(part, type, body), type, raw(part)));
        }
    }

    private static String baseType(Part part) {
        try {
            String contentType = part.getContentType();
            return contentType == null ? "text/plain" : new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name == null) {
                return null;
            }
            String decoded = name.contains("=?") ? MimeUtility.decodeText(name) : name;
            String bare = decoded.replace('\\', '/');
            bare = bare.substring(bare.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
            return bare.isEmpty() || bare.equals(".") || bare.equals("..") ? null : bare;
        } catch (MessagingException | IOException e) {
            return null;
        }
    }

    private static String attachmentName(Part part, String type, Body body) {
        String name = fileName(part);
        if (name != null) {
            return name;
        }
        return "attachment-" + (body.attachments.size() + 1) + "." + EXTENSIONS.getOrDefault(type, "bin");
    }

    private static String forwardedName(Part part, Body body) {
        String name = fileName(part);
        if (name != null) {
            return name.toLowerCase(Locale.ROOT).endsWith(".eml") ? name : name + ".eml";
        }
        try {
            if (part.getContent() instanceof MimeMessage forwarded && forwarded.getSubject() != null) {
                String subject = forwarded.getSubject().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
                if (!subject.isEmpty()) {
                    return (subject.length() > 100 ? subject.substring(0, 100) : subject) + ".eml";
                }
            }
        } catch (MessagingException | IOException e) {
            // fall through to a made-up name
        }
        return "forwarded-message-" + (body.attachments.size() + 1) + ".eml";
    }

    /** The part's content, transfer-decoded. */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The part's content as it was transmitted, when decoding failed; empty if even that is unreadable. */
    private static byte[] raw(Part part) {
        try {
            if (part instanceof MimeBodyPart body) {
                try (InputStream in = body.getRawInputStream()) {
                    return in.readAllBytes();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            part.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            return new byte[0];
        }
    }

    /** Text of a text/* part in its declared charset, falling back to UTF-8 (if valid) or ISO-8859-1. */
    private static String text(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try {
            bytes = bytes(part);
        } catch (IOException e) {
            bytes = raw(part);
        }
        Charset declared = declaredCharset(part);
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Charset declaredCharset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name == null || name.isBlank()) {
                return null;
            }
            String java = MimeUtility.javaCharset(name.trim());
            if (java.equalsIgnoreCase("us-ascii") || java.equalsIgnoreCase("ascii")) {
                return null;
            }
            return Charset.isSupported(java) ? Charset.forName(java) : null;
        } catch (MessagingException | IllegalArgumentException e) {
            return null;
        }
    }
}
