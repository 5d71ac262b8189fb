package nova.contracts.identity;

/** A login attempt: {@code login} is the email or the username. */
public record Credentials(String login, String password) {

    @Override
    public String toString() {
        return "Credentials[login=" + login + ", password=***]";
    }
}
