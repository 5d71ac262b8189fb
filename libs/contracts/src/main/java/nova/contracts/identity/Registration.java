package nova.contracts.identity;

/** What a newcomer gives to register. Validated by identity, field by field. */
public record Registration(String email, String username, String password) {

    @Override
    public String toString() {
        return "Registration[email=" + email + ", username=" + username + ", password=***]";
    }
}
