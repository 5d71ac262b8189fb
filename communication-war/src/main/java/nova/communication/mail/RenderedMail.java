package nova.communication.mail;

/** A mail ready to queue: its subject and both parts. The parts may hold a token: never log them. */
public record RenderedMail(MailKind kind, String subject, String text, String html) {

    @Override
    public String toString() {
        return "RenderedMail[kind=" + kind + "]";
    }
}
