package nova.communication.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmtpTransportTest {

    @Test
    void aMailIsPlainTextThenHtmlFromTheSessionsSender() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.from", "Nova <no-reply@nova.local>");
        Session session = Session.getInstance(properties);

        MimeMessage message = SmtpTransport.message(session, new MailQueue.Claimed(UUID.randomUUID(), "ada@example.org",
                "Grüße", "plain ü", "<p>html ü</p>", 1));
        message.saveChanges();

        assertEquals("no-reply@nova.local", ((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("Grüße", message.getSubject());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"), parts.getContentType());
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("plain ü", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(parts.getBodyPart(1).getContentType().toLowerCase().contains("utf-8"));
    }
}
