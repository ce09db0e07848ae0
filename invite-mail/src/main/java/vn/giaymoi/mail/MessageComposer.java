package vn.giaymoi.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/**
 * Soạn thư (builds one recipient's message, RFC 5322/2045): a {@code multipart/mixed} of a
 * {@code multipart/alternative} (the Vietnamese text with the reply link, then the meeting request as
 * {@code text/calendar; method=REQUEST} so that mail clients show Accept/Decline) and the issued PDF. The
 * Message-ID is the one given, so a retried message is the same message.
 */
public final class MessageComposer {
    private static final Session SESSION = Session.getInstance(new Properties());

    /**
     * Một lá thư (one message).
     *
     * @param messageId without angle brackets: {@code 1f0…@giaymoi}
     * @param from the sender address
     * @param fromName the office's name
     * @param to the recipient's address
     * @param toName the recipient's name
     * @param subject the subject line
     * @param text the body (Vietnamese, with the reply link)
     * @param ics the iCalendar text
     * @param method {@code REQUEST} or {@code CANCEL}, as in the calendar
     * @param pdf the issued document, or {@code null}
     * @param pdfName its file name
     * @param date the Date header
     */
    public record Letter(String messageId, String from, String fromName, String to, String toName, String subject,
            String text, String ics, String method, byte[] pdf, String pdfName, Instant date) {
        public Letter {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(ics, "ics");
            Objects.requireNonNull(method, "method");
        }
    }

    /** The whole message as it goes on the wire. */
    public byte[] compose(Letter letter) {
        try {
            MimeMessage m = new FixedIdMessage(letter.messageId());
            m.setFrom(new InternetAddress(letter.from(), letter.fromName(), "UTF-8"));
            m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(letter.to(), letter.toName(), "UTF-8"));
            m.setSubject(letter.subject(), "UTF-8");
            m.setSentDate(Date.from(letter.date()));
            m.setHeader("Auto-Submitted", "auto-generated");

            MimeBodyPart text = new MimeBodyPart();
            text.setText(letter.text(), "UTF-8", "plain");
            MimeBodyPart calendar = new MimeBodyPart();
            String type = "text/calendar; charset=UTF-8; method=" + letter.method();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.ics().getBytes(StandardCharsets.UTF_8), type)));
            calendar.setHeader("Content-Type", type);
            calendar.setHeader("Content-Transfer-Encoding", "base64");
            MimeMultipart alternative = new MimeMultipart("alternative", text, calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            if (letter.pdf() != null) {
                MimeBodyPart pdf = new MimeBodyPart();
                pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.pdf(), "application/pdf")));
                pdf.setFileName(MimeUtility.encodeText(letter.pdfName(), "UTF-8", "B"));
                pdf.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(pdf);
            }
            m.setContent(mixed);
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("không soạn được thư cho " + letter.to() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Keeps the Message-ID given (Jakarta Mail would make a new one on every save). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(String id) {
            super(SESSION);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
