package nova.communication.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates("https://nova.test");
    private final Instant expires = Instant.parse("2026-12-07T18:00:00Z");

    @Test
    void theVerificationLinkIsAloneOnItsLineInTextAndALinkInHtml() {
        RenderedMail mail = templates.verification("ada", "tok_EN-123", expires);

        assertEquals(MailKind.VERIFICATION, mail.kind());
        assertEquals("Confirm your email address", mail.subject());
        assertTrue(mail.text().lines().anyMatch(l -> l.equals("https://nova.test/verify-email?token=tok_EN-123")), mail.text());
        assertTrue(mail.html().contains("<a href=\"https://nova.test/verify-email?token=tok_EN-123\">"), mail.html());
        assertTrue(mail.text().contains("2026-12-07 18:00 UTC"));
    }

    @Test
    void aResetLinkCarriesTheTokenUrlEncoded() {
        RenderedMail mail = templates.reset("ada", "a b&c", expires);

        assertTrue(mail.text().contains("https://nova.test/reset-password?token=a+b%26c"), mail.text());
    }

    @Test
    void aMembersNameIsEscapedInTheHtmlPart() {
        RenderedMail mail = templates.welcome("<script>alert('x')</script>");

        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), mail.html());
        assertTrue(mail.text().contains("<script>"), "the plain text part is not HTML: it keeps the name as it is");
    }

    @Test
    void aRenderedMailNeverPrintsItsToken() {
        assertFalse(templates.reset("ada", "secret-token", expires).toString().contains("secret-token"));
    }
}
