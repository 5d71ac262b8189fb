package nova.contracts.identity;

/** Sets a new password with the single-use token mailed by {@code identity.password.reset_requested}. */
public record PasswordReset(String token, String newPassword) {

    @Override
    public String toString() {
        return "PasswordReset[token=***, newPassword=***]";
    }
}
