package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, mail end to end against a real SMTP server: GreenMail, started here on the port ./nova gives the
 * communication server locally (3025, account nova / nova-local-smtp). A registration through the gateway brings the
 * welcome and the verification mail; following the verification link's token verifies the account; a password reset
 * mail's token sets a new password.
 */
class MailFlowIT {

    static final int SMTP_PORT = Integer.parseInt(System.getProperty("nova.smtp.port", "3025"));
    static final Duration MAIL = Duration.ofSeconds(60);
    static final String NEW_PASSWORD = "a freshly mailed horse staple 9";

    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("nova", "nova-local-smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNewcomerGetsTheWelcomeAndTheVerificationAndTheLinkVerifiesThem() throws Exception {
        Members.Member ada = Members.newcomer("mail");
        List<MimeMessage> mails = awaitMails(ada.email(), 2);
        Set<String> subjects = mails.stream().map(MailFlowIT::subject).collect(Collectors.toSet());
        assertEquals(Set.of("Welcome to Nova", "Confirm your email address"), subjects);
        MimeMessage verification = mails.stream().filter(m -> subject(m).equals("Confirm your email address")).findFirst().orElseThrow();
        String text = part(verification, "text/plain");
        String html = part(verification, "text/html");
        String token = token(text, "/verify-email");
        assertTrue(html.contains("href=\"") && html.contains("/verify-email?token="), "the HTML part links too");
        assertEquals(List.of("no-reply@nova.local"), Arrays.stream(verification.getFrom())
                .map(a -> ((InternetAddress) a).getAddress()).toList());

        assertEquals(false, ada.execute("query { me { verified } }").data("me").getBoolean("verified"));
        assertTrue(Gql.anonymous().execute("mutation v($token: String!) { verifyEmail(token: $token) }",
                Map.of("token", token)).errors().isEmpty(), "the mailed token verifies");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                ada.execute("query { me { verified } }").data("me").getBoolean("verified"));
        assertEquals("VALIDATION_FAILED", Gql.anonymous().execute("mutation v($token: String!) { verifyEmail(token: $token) }",
                Map.of("token", token)).code().orElse(""), "a token is spent once");
    }

    @Test
    void aForgottenPasswordIsResetWithTheMailedToken() throws Exception {
        Members.Member bob = Members.newcomer("reset");
        awaitMails(bob.email(), 2); // welcome and verification first
        assertTrue(Gql.anonymous().execute("mutation r($email: String!) { requestPasswordReset(email: $email) }",
                Map.of("email", bob.email())).errors().isEmpty());
        MimeMessage reset = awaitMails(bob.email(), 3).stream().filter(m -> subject(m).equals("Reset your Nova password"))
                .findFirst().orElseThrow(() -> new AssertionError("no reset mail"));
        String token = token(part(reset, "text/plain"), "/reset-password");

        assertTrue(Gql.anonymous().execute("mutation r($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }",
                Map.of("token", token, "password", NEW_PASSWORD)).errors().isEmpty());
        assertEquals("UNAUTHENTICATED", Members.tryLogin(bob.username(), bob.password()).code().orElse(""),
                "the old password is refused");
        assertTrue(Members.tryLogin(bob.username(), NEW_PASSWORD).errors().isEmpty(), "the new one works");
    }

    /** Waits until at least {@code count} mails to {@code address} have arrived; returns them. */
    static List<MimeMessage> awaitMails(String address, int count) {
        AtomicReference<List<MimeMessage>> found = new AtomicReference<>();
        await().atMost(MAIL).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<MimeMessage> to = Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
            found.set(to);
            return to.size() >= count;
        });
        return found.get();
    }

    static boolean addressedTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
        } catch (Exception e) {
            return false;
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of the first part of {@code type} (multipart/alternative: text/plain and text/html). */
    static String part(MimeMessage mail, String type) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
            }
        }
        throw new AssertionError("no " + type + " part in " + mail.getContentType());
    }

    /** The token of the link to {@code path}, alone on its line in the text part, URL-decoded. */
    static String token(String text, String path) {
        Matcher link = Pattern.compile("(?m)^\\s*(https?://\\S+" + Pattern.quote(path) + "\\?token=(\\S+))\\s*$").matcher(text);
        assertTrue(link.find(), "a link to " + path + " alone on its line: " + text);
        return URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
    }
}
