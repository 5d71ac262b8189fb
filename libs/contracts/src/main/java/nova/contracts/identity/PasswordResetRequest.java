package nova.contracts.identity;

/** Asks for a reset link for the account with this email address. The answer never tells whether one exists. */
public record PasswordResetRequest(String email) {
}
