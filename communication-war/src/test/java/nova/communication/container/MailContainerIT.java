package nova.communication.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.identity.EmailVerificationRequested;
import nova.contracts.identity.PasswordResetRequested;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Events;
import nova.testsupport.InContainer;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mail over real SMTP: a GreenMail server the test starts (localhost:19025, the local profile's account) receives what
 * communication sends for identity's events on the real {@code nova.identity} topic. The test reads each mail's two
 * parts and its link; with the SMTP server down a mail is retried, then failed; nothing in the server's log names an
 * address or a token.
 */
@InContainer
class MailContainerIT {

    private static GreenMail smtp;

    private final Database communication = Database.of("communication");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void startSmtp() {
        Fixture.tokens();
    }

    @BeforeEach
    void smtpRunning() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(Integer.getInteger("nova.it.smtp.port", 19025), "127.0.0.1", "smtp"))
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser("nova", "nova-local-smtp"));
            smtp.start();
        }
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    static MimeMessage awaitMail(String address, String subject) {
        return await("a mail to " + address).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> mailTo(address).stream().filter(m -> subject(m).equals(subject)).findFirst().orElse(null),
                        m -> m != null);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text and the HTML part of a multipart/alternative mail. */
    static String[] parts(MimeMessage message) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"), alternative.getContentType());
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        return new String[] {(String) alternative.getBodyPart(0).getContent(), (String) alternative.getBodyPart(1).getContent()};
    }

    static String serverLog() throws Exception {
        Path logs = Path.of(System.getProperty("nova.it.server.dir"), "logs");
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void aRegistrationIsWelcomedInPlainTextAndHtml() throws Exception {
        UUID id = UUID.randomUUID();
        String username = Events.username("welcome");
        String address = username + "@example.org";
        Topics.send("nova.identity", Events.userRegistered(id, username, address));

        MimeMessage mail = awaitMail(address, "Welcome to Nova");

        assertEquals("no-reply@nova.local", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress());
        String[] parts = parts(mail);
        assertTrue(parts[0].contains("Hello " + username), parts[0]);
        assertTrue(parts[1].contains("<p>Hello " + username + ",</p>"), parts[1]);
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM email_queue WHERE user_id = ? AND kind = 'welcome' AND status = 'sent' AND body_text IS NULL", id);
    }

    @Test
    void theVerificationMailCarriesItsLinkOnceHoweverOftenTheRequestArrives() throws Exception {
        UUID id = UUID.randomUUID();
        String username = Events.username("verify");
        String address = username + "@example.org";
        String token = "vt_" + UUID.randomUUID().toString().replace("-", "");
        CloudEvent requested = Fixture.event("identity", new EmailVerificationRequested(id, username, address, token,
                Instant.now().plusSeconds(3600)));
        Topics.send("nova.identity", requested, requested);

        MimeMessage mail = awaitMail(address, "Confirm your email address");

        String[] parts = parts(mail);
        String link = "https://nova.test/verify-email?token=" + token;
        assertTrue(parts[0].lines().anyMatch(line -> line.equals(link)), parts[0]);
        assertTrue(parts[1].contains("<a href=\"" + link + "\">"), parts[1]);
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM processed_events WHERE consumer = 'nova.communication.identity' AND event_id = ?",
                requested.id());
        assertEquals(1, communication.count("SELECT count(*) FROM email_queue WHERE user_id = ? AND kind = 'verification'", id));
        communication.awaitCount(0, Duration.ofSeconds(30),
                "SELECT count(*) FROM email_queue WHERE user_id = ? AND body_text IS NOT NULL", id);
        String log = serverLog();
        assertFalse(log.contains(token), "the token is in the server's log");
        assertFalse(log.contains(address), "the address is in the server's log");
    }

    @Test
    void aResetMailIsSentEvenToAMemberWhoTurnedEveryMailOff() throws Exception {
        UUID id = Fixture.member("Ada");
        Fixture.settings(id, "everyone", Map.of(), Map.of("notifications", false, "digest", false, "product_news", false));
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM members WHERE user_id = ? AND emails LIKE '%\"notifications\":false%'", id);
        String username = Events.username("reset");
        String address = username + "@example.org";
        String token = "rt_" + UUID.randomUUID().toString().replace("-", "");
        Topics.send("nova.identity", Fixture.event("identity", new PasswordResetRequested(id, username, address, token,
                Instant.now().plusSeconds(1800))));

        String[] parts = parts(awaitMail(address, "Reset your Nova password"));

        String link = "https://nova.test/reset-password?token=" + token;
        assertTrue(parts[0].lines().anyMatch(line -> line.equals(link)), parts[0]);
        assertTrue(parts[1].contains("href=\"" + link + "\""), parts[1]);
    }

    @Test
    void withTheSmtpServerDownAMailIsRetriedThenFailed() throws Exception {
        smtp.stop();
        smtp = null;
        UUID id = UUID.randomUUID();
        String username = Events.username("down");
        String address = username + "@example.org";
        String token = "dt_" + UUID.randomUUID().toString().replace("-", "");
        Topics.send("nova.identity", Fixture.event("identity", new EmailVerificationRequested(id, username, address,
                token, Instant.now().plusSeconds(3600))));

        // three attempts (the test server's NOVA_MAIL_SENDER_MAX_ATTEMPTS), 0.5 s then 1 s apart, then failed for good
        communication.awaitCount(1, Duration.ofSeconds(60), """
                SELECT count(*) FROM email_queue WHERE user_id = ? AND status = 'failed' AND attempts = 3
                AND last_error IS NOT NULL AND body_text IS NULL AND body_html IS NULL""", id);
        assertEquals(0, communication.count(
                "SELECT count(*) FROM email_queue WHERE user_id = ? AND (last_error LIKE ? OR last_error LIKE ?)",
                id, "%" + address + "%", "%" + token + "%"));
        smtpRunning();
        // a failed mail stays failed: nothing more is sent once the server is back
        Topics.send("nova.identity", Events.userRegistered(id, username, address));
        awaitMail(address, "Welcome to Nova");
        assertEquals(1, mailTo(address).size());
        assertFalse(serverLog().contains(token));
    }

    @Test
    void notificationMailFollowsTheMembersEmailSwitch() {
        UUID quiet = UUID.randomUUID();
        UUID keen = UUID.randomUUID();
        String quietAddress = Events.username("quiet") + "@example.org";
        String keenAddress = Events.username("keen") + "@example.org";
        Topics.send("nova.identity", Events.userRegistered(quiet, Events.username("q"), quietAddress),
                Events.userRegistered(keen, Events.username("k"), keenAddress));
        Fixture.settings(quiet, "everyone", Map.of(), Map.of("notifications", false));
        communication.awaitCount(2, Duration.ofSeconds(30), """
                SELECT count(*) FROM members WHERE email IS NOT NULL
                AND ((user_id = ? AND emails LIKE '%"notifications":false%') OR user_id = ?)""", quiet, keen);
        UUID follower = Fixture.member("Grace");
        Fixture.awaitMembers(communication, follower);
        Topics.send("nova.social", Fixture.event("social", new nova.contracts.social.FollowCreated(follower, quiet, Fixture.now())),
                Fixture.event("social", new nova.contracts.social.FollowCreated(follower, keen, Fixture.now())));

        MimeMessage mail = awaitMail(keenAddress, "Grace followed you");
        communication.awaitCount(1, Duration.ofSeconds(30),
                "SELECT count(*) FROM notifications WHERE recipient_id = ? AND type = 'follow'", quiet);
        assertEquals(0, communication.count(
                "SELECT count(*) FROM email_queue WHERE user_id = ? AND kind = 'notification'", quiet));
        assertEquals(1, mailTo(keenAddress).stream().filter(m -> subject(m).equals("Grace followed you")).count());
        assertTrue(mail != null);
    }
}
