package io.smbhub.adapter.email;

import io.smbhub.application.port.out.DocumentDelivery;
import io.smbhub.application.port.out.OutgoingMessage;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * {@link DocumentDelivery} that renders each message as an RFC 5322 {@code .eml} file (Jakarta Mail /
 * Angus Mail) into a pickup directory, the way IIS/Exchange-style pickup folders and mail relays consume
 * them. The file appears atomically (written to a temp name, then moved), so a reader never sees half a
 * message. This is the default delivery until SMTP is configured.
 *
 * <p>Shape: headers From (envelope address with the tenant's display name), To, Subject (UTF-8 encoded words),
 * Date (from the clock), Message-ID and {@code X-SMBHub-Document} (the reference). A message without attachments is
 * a single text/plain UTF-8 part; with attachments it is multipart/mixed: the text body, then each
 * {@link OutgoingMessage.Attachment} as a base64 part with its filename and content type (e.g. the invoice PDF,
 * spec smb-hub-prd.md 3.13).
 *
 * <p>Errors: {@code PROVIDER_ERROR} when the directory cannot be written; nothing is left behind.
 */
public final class PickupDirectoryDocumentDelivery implements DocumentDelivery {

    private final Path directory;
    private final String fromAddress;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param directory   where {@code .eml} files are written; created if missing
     * @param fromAddress the envelope sender, e.g. {@code billing@smbhub.local}; the display name is the tenant's
     */
    public PickupDirectoryDocumentDelivery(Path directory, String fromAddress, Clock clock) {
        this.directory = directory;
        this.fromAddress = fromAddress;
        this.clock = clock;
    }

    @Override
    public String deliver(OutgoingMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(fromAddress, message.fromName(), StandardCharsets.UTF_8.name()));
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.toAddress(), message.toName(),
                    StandardCharsets.UTF_8.name()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            setContent(mime, message);
            mime.setSentDate(Date.from(clock.instant()));
            mime.setHeader("X-SMBHub-Document", message.reference());
            mime.saveChanges();
            String messageId = mime.getMessageID();
            Files.createDirectories(directory);
            String base = clock.millis() + "-" + message.reference() + "-" + Integer.toHexString(messageId.hashCode());
            Path temp = Files.createTempFile(directory, "." + base, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                mime.writeTo(out);
            }
            move(temp, directory.resolve(base + ".eml"));
            return messageId;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DomainException(ErrorCode.PROVIDER_ERROR,
                    "Could not build the email for " + message.reference() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new DomainException(ErrorCode.PROVIDER_ERROR,
                    "Could not write the email for " + message.reference() + " to the pickup directory; check that "
                            + directory + " is writable");
        }
    }

    /** Plain text alone, or multipart/mixed: the text body first, then each attachment as a base64 part. */
    private static void setContent(MimeMessage mime, OutgoingMessage message) throws MessagingException {
        if (message.attachments().isEmpty()) {
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.body(), StandardCharsets.UTF_8.name());
        mixed.addBodyPart(text);
        for (OutgoingMessage.Attachment attachment : message.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            part.setFileName(attachment.filename());
            part.setDisposition(Part.ATTACHMENT);
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } finally {
            Files.deleteIfExists(from);
        }
    }
}
