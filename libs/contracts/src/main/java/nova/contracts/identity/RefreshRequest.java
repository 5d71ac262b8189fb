package nova.contracts.identity;

/** A refresh token to exchange for a new token pair. */
public record RefreshRequest(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[***]";
    }
}
