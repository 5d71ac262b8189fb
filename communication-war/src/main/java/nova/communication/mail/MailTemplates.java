package nova.communication.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The texts of Nova's mails, each as plain text and HTML. Whatever comes from a member (their name, a notification's
 * text) is escaped in the HTML part; a link's token is URL-encoded (identity's tokens are URL-safe, so it reads back
 * unchanged). Links start at {@code nova.mail.link-base-url} (the web client's address, {@code NOVA_MAIL_LINK_BASE_URL}).
 * English only for now: the member's locale is known but there are no translations yet.
 */
@ApplicationScoped
public class MailTemplates {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    @ConfigProperty(name = "nova.mail.link-base-url", defaultValue = "http://localhost:9080")
    String linkBase;

    public MailTemplates() {
    }

    MailTemplates(String linkBase) {
        this.linkBase = linkBase;
    }

    public RenderedMail welcome(String username) {
        String text = """
                Hello %s,

                welcome to Nova! Your account is ready: sign in with your username or your address.

                — Nova
                """.formatted(username);
        String html = page("Welcome to Nova", "<p>Hello " + escape(username) + ",</p>"
                + "<p>welcome to Nova! Your account is ready: sign in with your username or your address.</p>");
        return new RenderedMail(MailKind.WELCOME, "Welcome to Nova", text, html);
    }

    public RenderedMail verification(String username, String token, Instant expiresAt) {
        String link = link("/verify-email", token);
        String text = """
                Hello %s,

                please confirm that this is your address by opening this link:

                %s

                The link works once, until %s. If you did not ask for it, ignore this mail.

                — Nova
                """.formatted(username, link, EXPIRY.format(expiresAt));
        String html = page("Confirm your email address", "<p>Hello " + escape(username) + ",</p>"
                + "<p>please confirm that this is your address:</p>"
                + "<p><a href=\"" + escape(link) + "\">Confirm my address</a></p>"
                + "<p>The link works once, until " + EXPIRY.format(expiresAt) + ". If you did not ask for it, ignore this mail.</p>");
        return new RenderedMail(MailKind.VERIFICATION, "Confirm your email address", text, html);
    }

    public RenderedMail reset(String username, String token, Instant expiresAt) {
        String link = link("/reset-password", token);
        String text = """
                Hello %s,

                someone asked to reset the password of your Nova account. To choose a new one, open this link:

                %s

                The link works once, until %s. If it was not you, ignore this mail: your password stays as it is.

                — Nova
                """.formatted(username, link, EXPIRY.format(expiresAt));
        String html = page("Reset your Nova password", "<p>Hello " + escape(username) + ",</p>"
                + "<p>someone asked to reset the password of your Nova account.</p>"
                + "<p><a href=\"" + escape(link) + "\">Choose a new password</a></p>"
                + "<p>The link works once, until " + EXPIRY.format(expiresAt)
                + ". If it was not you, ignore this mail: your password stays as it is.</p>");
        return new RenderedMail(MailKind.RESET, "Reset your Nova password", text, html);
    }

    /** Where a member resets their password (the web client's page), for notices on other channels too. */
    public String resetLink() {
        return linkBase + "/reset-password";
    }

    public RenderedMail passwordChanged(String username, Instant at) {
        String text = """
                Hello %s,

                the password of your Nova account was changed on %s.
                If that was not you, reset your password at once: %s

                — Nova
                """.formatted(username, EXPIRY.format(at), linkBase + "/reset-password");
        String html = page("Your Nova password was changed", "<p>Hello " + escape(username) + ",</p>"
                + "<p>the password of your Nova account was changed on " + EXPIRY.format(at) + ".</p>"
                + "<p>If that was not you, <a href=\"" + escape(linkBase + "/reset-password")
                + "\">reset your password</a> at once.</p>");
        return new RenderedMail(MailKind.PASSWORD_CHANGED, "Your Nova password was changed", text, html);
    }

    /** A notification by mail: {@code sentence} is the notification's text (it holds members' names). */
    public RenderedMail notification(String username, String sentence) {
        String text = """
                Hello %s,

                %s.

                See it on Nova: %s
                (You get these mails because your email settings say so; turn them off there.)
                """.formatted(username, sentence, linkBase + "/notifications");
        String html = page("Nova", "<p>Hello " + escape(username) + ",</p><p>" + escape(sentence) + ".</p>"
                + "<p><a href=\"" + escape(linkBase + "/notifications") + "\">See it on Nova</a></p>"
                + "<p><small>You get these mails because your email settings say so; turn them off there.</small></p>");
        return new RenderedMail(MailKind.NOTIFICATION, sentence, text, html);
    }

    private String link(String path, String token) {
        return linkBase + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>"
                + body + "<p>— Nova</p></body></html>";
    }

    /** HTML text and attribute escaping: {@code & < > " '}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
