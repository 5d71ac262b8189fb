package nova.contracts.identity;

/**
 * What a login or a refresh returns: an RS256 access token (a JWT for {@code Authorization: Bearer},
 * {@code expiresIn} seconds) and an opaque refresh token ({@code refreshExpiresIn} seconds).
 */
public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {

    @Override
    public String toString() {
        return "Tokens[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", ***]";
    }
}
