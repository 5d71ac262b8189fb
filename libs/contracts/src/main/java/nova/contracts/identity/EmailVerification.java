package nova.contracts.identity;

/** Proves an email address with the single-use token mailed by {@code identity.email.verification_requested}. */
public record EmailVerification(String token) {

    @Override
    public String toString() {
        return "EmailVerification[token=***]";
    }
}
