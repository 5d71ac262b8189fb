package nova.gateway.account;

import nova.contracts.identity.Tokens;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A token pair: send accessToken as 'Authorization: Bearer <accessToken>'; trade refreshToken for a new pair once")
public class AuthPayload {

    private final Tokens tokens;

    AuthPayload(Tokens tokens) {
        this.tokens = tokens;
    }

    @NonNull
    public String getAccessToken() {
        return tokens.accessToken();
    }

    @NonNull
    public String getTokenType() {
        return tokens.tokenType();
    }

    @NonNull
    @Description("Seconds until the access token expires")
    public int getExpiresIn() {
        return Math.toIntExact(tokens.expiresIn());
    }

    @NonNull
    public String getRefreshToken() {
        return tokens.refreshToken();
    }

    @NonNull
    @Description("Seconds until the refresh token expires")
    public int getRefreshExpiresIn() {
        return Math.toIntExact(tokens.refreshExpiresIn());
    }
}
