package nova.contracts.identity;

/** The holder replaces their password: {@code currentPassword} proves it is them; {@code newPassword} follows the registration rules. */
public record PasswordChange(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[currentPassword=***, newPassword=***]";
    }
}
