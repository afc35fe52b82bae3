package io.smbhub.adapter.email;

import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the RFC 5322 / MIME form of an {@link OutgoingEmail} (issue 5; spec smb-hub-prd.md 2.1 Message, 3.5), the
 * one builder behind {@link SmtpEmailSender} and {@link PickupDirectoryEmailSender}.
 *
 * <p>Headers: {@code Message-ID} exactly {@code <email.messageId()>} (kept through {@code saveChanges}), From (the
 * email's name and address; a null address takes the transport's default sender, and its display name when the
 * email has none), Reply-To, To, Cc, Subject (UTF-8 encoded words), Date (the given instant), {@code In-Reply-To},
 * {@code References} (oldest first) and {@code X-SMBHub-Reference}. Body: text/plain UTF-8, or multipart/alternative
 * (text, then HTML) when HTML is given; with attachments a multipart/mixed of that body followed by each attachment
 * as a base64 part with its filename and content type.
 *
 * <p>Errors: {@code EMAIL_REJECTED} when the email cannot be expressed as a valid message (an invalid address, a
 * malformed message id) — sending it again cannot help.
 */
final class MimeEmails {

    private static final String UTF_8 = "UTF-8";

    private MimeEmails() {
    }

    /**
     * Builds and {@code saveChanges()}s the message for {@code email}.
     *
     * @param defaultFrom the sender used when {@code email.from().address()} is null
     * @param date        the {@code Date} header
     */
    static MimeMessage build(Session session, OutgoingEmail email, InternetAddress defaultFrom, Instant date) {
        try {
            MimeMessage mime = new FixedIdMessage(session, "<" + bareId(email.messageId(), "message id") + ">");
            mime.setFrom(from(email.from(), defaultFrom));
            if (email.replyTo() != null) {
                mime.setReplyTo(new InternetAddress[] {address(email.replyTo())});
            }
            mime.setRecipients(Message.RecipientType.TO, addresses(email.to()));
            if (!email.cc().isEmpty()) {
                mime.setRecipients(Message.RecipientType.CC, addresses(email.cc()));
            }
            mime.setSubject(oneLine(email.subject() == null ? "" : email.subject()), UTF_8);
            mime.setSentDate(Date.from(date));
            if (email.inReplyTo() != null) {
                mime.setHeader("In-Reply-To", "<" + bareId(email.inReplyTo(), "In-Reply-To id") + ">");
            }
            if (!email.references().isEmpty()) {
                String references = email.references().stream()
                        .map(id -> "<" + bareId(id, "References id") + ">")
                        .collect(Collectors.joining(" "));
                mime.setHeader("References", MimeUtility.fold("References: ".length(), references));
            }
            if (email.reference() != null) {
                mime.setHeader("X-SMBHub-Reference", MimeUtility.fold("X-SMBHub-Reference: ".length(),
                        MimeUtility.encodeText(oneLine(email.reference()), UTF_8, null)));
            }
            setContent(mime, email);
            mime.saveChanges();
            return mime;
        } catch (AddressException e) {
            throw rejected(email, "an address is invalid (" + e.getMessage() + "); correct it and send again");
        } catch (IllegalArgumentException | MessagingException | UnsupportedEncodingException e) {
            throw rejected(email, e.getMessage());
        }
    }

    /** A short description of the email for error messages and logs: {@code <id> (reference)}. */
    static String describe(OutgoingEmail email) {
        return "email <" + email.messageId() + ">" + (email.reference() == null ? "" : " (" + email.reference() + ")");
    }

    private static DomainException rejected(OutgoingEmail email, String why) {
        return new DomainException(ErrorCode.EMAIL_REJECTED, "The " + describe(email) + " cannot be sent: " + why);
    }

    private static InternetAddress from(OutgoingEmail.Address from, InternetAddress defaultFrom)
            throws UnsupportedEncodingException, AddressException {
        if (from.address() != null) {
            return address(from);
        }
        String name = from.name() != null ? from.name() : defaultFrom.getPersonal();
        InternetAddress address = new InternetAddress(defaultFrom.getAddress(), name == null ? null : oneLine(name), UTF_8);
        address.validate();
        return address;
    }

    private static InternetAddress[] addresses(List<OutgoingEmail.Address> list)
            throws UnsupportedEncodingException, AddressException {
        List<InternetAddress> result = new ArrayList<>();
        for (OutgoingEmail.Address address : list) {
            result.add(address(address));
        }
        return result.toArray(InternetAddress[]::new);
    }

    private static InternetAddress address(OutgoingEmail.Address address)
            throws UnsupportedEncodingException, AddressException {
        if (address.address() == null) {
            throw new AddressException("an address is missing");
        }
        InternetAddress result = new InternetAddress(address.address().trim(),
                address.name() == null ? null : oneLine(address.name()), UTF_8);
        result.validate();
        return result;
    }

    /** Text alone, text + HTML as multipart/alternative, and with attachments a multipart/mixed around either. */
    private static void setContent(MimeMessage mime, OutgoingEmail email) throws MessagingException {
        if (email.attachments().isEmpty()) {
            if (email.html() == null) {
                mime.setText(email.text(), UTF_8);
            } else {
                mime.setContent(alternative(email));
            }
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        if (email.html() == null) {
            body.setText(email.text(), UTF_8);
        } else {
            body.setContent(alternative(email));
        }
        mixed.addBodyPart(body);
        for (OutgoingEmail.Attachment attachment : email.attachments()) {
            String type = attachment.contentType() == null ? "application/octet-stream" : attachment.contentType();
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), type)));
            part.setFileName(oneLine(attachment.filename()));
            part.setDisposition(Part.ATTACHMENT);
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
    }

    private static MimeMultipart alternative(OutgoingEmail email) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), UTF_8);
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), UTF_8, "html");
        alternative.addBodyPart(html);
        return alternative;
    }

    /** A message id without angle brackets; refuses ids that would break the header. */
    private static String bareId(String id, String what) {
        String bare = id.trim();
        if (bare.startsWith("<") && bare.endsWith(">")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (bare.isEmpty() || !bare.chars().allMatch(c -> c > 32 && c < 127 && c != '<' && c != '>')) {
            throw new IllegalArgumentException("the " + what + " '" + oneLine(id) + "' is not a valid message id");
        }
        return bare;
    }

    /** Header text on one line: CR and LF become spaces, so a value can never start a new header. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }

    /** Keeps the Message-ID chosen by the core instead of generating one in {@code saveChanges}. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
