package nova.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The claims of one access token, as MicroProfile JWT reads them: {@code iss, aud, sub} (user id),
 * {@code upn} (username), {@code groups}, {@code jti, iat, exp} and {@code sid} (session id).
 */
public record AccessToken(String issuer, String audience, UUID subject, String username, List<String> groups,
                          UUID sessionId, UUID id, Instant issuedAt, Instant expiresAt) {

    /** The JOSE {@code typ} of Nova's access tokens. */
    public static final String TYPE = "at+jwt";

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    public AccessToken {
        groups = List.copyOf(groups);
    }

    /** A new token, valid {@link #LIFETIME} from {@code now} (whole seconds, as JWT counts). */
    public static AccessToken issue(String issuer, String audience, UUID userId, String username, List<String> groups,
                                    UUID sessionId, Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        return new AccessToken(issuer, audience, userId, username, groups, sessionId, UUID.randomUUID(), issuedAt,
                issuedAt.plus(LIFETIME));
    }

    /** The claims set; a single audience is written as a string, as before. */
    public JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject.toString())
                .claim("upn", username)
                .claim("groups", groups)
                .jwtID(id.toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("sid", sessionId.toString())
                .build();
    }

    /**
     * The compact JWS, signed RS256 by Nimbus JOSE+JWT with header {@code alg}, {@code typ}, {@code kid}. Typed
     * {@code at+jwt} (RFC 9068, RFC 8725 §3.11): every context refuses a token of another type, so no other JWT
     * this key may ever sign can pass for an access token.
     */
    public String signWith(SigningKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(new JOSEObjectType(TYPE))
                .keyID(key.kid())
                .build();
        SignedJWT token = new SignedJWT(header, claims());
        try {
            token.sign(new RSASSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with key " + key.kid(), e);
        }
        return token.serialize();
    }

    public long expiresInSeconds() {
        return Duration.between(issuedAt, expiresAt).toSeconds();
    }
}
