package io.smbhub.adapter.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Raw MIME messages (RFC 5322, CRLF line ends) as a mail provider posts them to {@code POST /v1/inbound/email}. */
final class Mails {

    private Mails() {
    }

    /** A plain-text email from {@code from} to {@code to}. */
    static String plain(String messageId, String from, String to, String subject, String text) {
        return String.join("\r\n",
                "Message-ID: <" + messageId + ">",
                "Date: Mon, 05 Jan 2026 08:30:00 +0000",
                "From: " + from,
                "To: " + to,
                "Subject: " + subject,
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                text,
                "");
    }

    /**
     * An email with a text part and one attachment named {@code fileName} (RFC 2231 UTF-8 parameter, so non-ASCII names
     * survive) holding {@code content}.
     */
    static String withAttachment(String messageId, String from, String to, String subject, String text,
                                 String fileName, String mimeType, byte[] content) {
        String boundary = "b1_" + messageId.hashCode();
        String encodedName = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return String.join("\r\n",
                "Message-ID: <" + messageId + ">",
                "Date: Mon, 05 Jan 2026 08:30:00 +0000",
                "From: " + from,
                "To: " + to,
                "Subject: " + subject,
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"",
                "",
                "--" + boundary,
                "Content-Type: text/plain; charset=UTF-8",
                "",
                text,
                "--" + boundary,
                "Content-Type: " + mimeType,
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename*=UTF-8''" + encodedName,
                "",
                Base64.getMimeEncoder().encodeToString(content),
                "--" + boundary + "--",
                "");
    }

    /** A reply to {@code inReplyTo} in the same thread. */
    static String reply(String messageId, String inReplyTo, String from, String to, String subject, String text) {
        return String.join("\r\n",
                "Message-ID: <" + messageId + ">",
                "In-Reply-To: <" + inReplyTo + ">",
                "References: <" + inReplyTo + ">",
                "Date: Mon, 05 Jan 2026 10:00:00 +0000",
                "From: " + from,
                "To: " + to,
                "Subject: Re: " + subject,
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                text,
                "");
    }
}
