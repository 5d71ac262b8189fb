package nova.communication.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends one mail over SMTP through the server's Jakarta Mail session ({@code mail/nova}: Liberty's mail feature,
 * host, port, account, password and sender from server.xml variables): {@code multipart/alternative} with the plain
 * text first and the HTML second, both UTF-8.
 */
@ApplicationScoped
public class SmtpTransport {

    @Resource(lookup = "mail/nova")
    Session session;

    public void send(MailQueue.Claimed mail) throws MessagingException {
        Transport.send(message(session, mail));
    }

    static MimeMessage message(Session session, MailQueue.Claimed mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // the session's mail.from (the mailSession's from)
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }
}
