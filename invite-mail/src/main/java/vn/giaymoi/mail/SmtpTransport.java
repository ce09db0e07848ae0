package vn.giaymoi.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Gửi qua SMTP (hands messages to the mail server with Jakarta Mail / Eclipse Angus): one connection per batch; each
 * message goes exactly as queued (its Message-ID and bytes are never rewritten). Timeouts bound every step, so a
 * silent server cannot hold a worker longer than its lease.
 */
public final class SmtpTransport implements MailTransport {
    private static final String TIMEOUT_MILLIS = "30000";
    private final SmtpSettings settings;
    private final Session session;

    public SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        p.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".auth", String.valueOf(settings.user() != null && settings.password() != null));
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.PLAIN) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(p);
    }

    @Override
    public Connection open() throws MailFailure {
        try {
            Transport t = session.getTransport();
            if (settings.user() != null && settings.password() != null) {
                t.connect(settings.host(), settings.port(), settings.user(), settings.password());
            } else {
                t.connect();
            }
            return new Connection() {
                @Override
                public void send(String to, byte[] content) throws MailFailure {
                    try {
                        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(content));
                        t.sendMessage(message, new Address[] {new InternetAddress(to, true)});
                    } catch (SMTPSendFailedException e) {
                        throw new MailFailure(e.getReturnCode() + " " + e.getMessage(), e.getReturnCode() >= 500);
                    } catch (SendFailedException e) {
                        // the server refused the address (RCPT TO 5xx): trying again cannot help
                        throw new MailFailure("máy chủ thư từ chối địa chỉ " + to + ": " + e.getMessage(),
                                e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0);
                    } catch (MessagingException e) {
                        throw new MailFailure("gửi thư không được: " + e.getMessage(), false);
                    }
                }

                @Override
                public void close() {
                    try {
                        t.close();
                    } catch (MessagingException e) {
                        // the messages already accepted stay accepted; nothing to undo
                    }
                }
            };
        } catch (MessagingException e) {
            throw new MailFailure("không kết nối được máy chủ thư " + settings.host() + ":" + settings.port() + ": "
                    + e.getMessage(), false);
        }
    }
}
