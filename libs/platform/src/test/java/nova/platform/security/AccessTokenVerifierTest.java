package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every way ForgedTokensIT forges a token is refused here too, without a server; good tokens read as MP JWT says. */
class AccessTokenVerifierTest {

    static final String ISSUER = "https://nova.local/identity";
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    static RSAKey identity;
    static RSAKey attacker;
    static AccessTokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        identity = new RSAKeyGenerator(2048).keyID("identity-1").generate();
        attacker = new RSAKeyGenerator(2048).keyID("identity-1").generate();
        verifier = new AccessTokenVerifier(new ImmutableJWKSet<>(new JWKSet(identity.toPublicJWK())), ISSUER, "nova", 60,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer(ISSUER).audience("nova").subject(UUID.randomUUID().toString())
                .claim("upn", "alice").claim("groups", List.of("user", "ban_users")).jwtID(UUID.randomUUID().toString())
                .claim("sid", "5b0c2a55-3d7e-4f4e-9a43-8d1c7b0a9e11")
                .issueTime(Date.from(NOW.minusSeconds(60))).expirationTime(Date.from(NOW.plusSeconds(840)))).build();
    }

    static JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt")).keyID("identity-1");
    }

    static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static String good(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(header().build(), claims(change), identity);
    }

    @Test
    void aGoodTokenReadsAsTheMicroProfileJwtApiSays() throws Exception {
        String compact = good(UnaryOperator.identity());
        VerifiedToken token = verifier.verify(compact);
        assertEquals("alice", token.getName());
        assertEquals(Set.of("user", "ban_users"), token.getGroups());
        assertEquals(Set.of("nova"), token.getAudience());
        assertEquals(ISSUER, token.getIssuer());
        assertEquals(NOW.plusSeconds(840).getEpochSecond(), token.getExpirationTime());
        assertEquals(NOW.minusSeconds(60).getEpochSecond(), token.getIssuedAtTime());
        assertEquals(compact, token.getRawToken());
        assertEquals("5b0c2a55-3d7e-4f4e-9a43-8d1c7b0a9e11", token.getClaim("sid"));
        assertEquals(UUID.fromString("5b0c2a55-3d7e-4f4e-9a43-8d1c7b0a9e11"),
                SessionClaim.of(token.getClaim(SessionClaim.NAME), token.getRawToken()));
    }

    @Test
    void aTokenExpiredWithinTheSkewIsAccepted() throws Exception {
        verifier.verify(good(c -> c.issueTime(Date.from(NOW.minusSeconds(920))).expirationTime(Date.from(NOW.minusSeconds(20)))));
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        JWTClaimsSet claims = claims(UnaryOperator.identity());
        List<String> forged = List.of(
                good(c -> c.issueTime(Date.from(NOW.minusSeconds(1020))).expirationTime(Date.from(NOW.minusSeconds(120)))),
                sign(header().build(), claims, attacker),
                new PlainJWT(claims).serialize(),
                good(c -> c.issuer("https://evil.example/identity")),
                good(c -> c.audience("someone-else")),
                good(c -> c.expirationTime(null)),
                good(c -> c.issueTime(null)),
                good(c -> c.claim("upn", null)),
                good(c -> c.subject(null)),
                hs256WithThePublicKey(claims),
                sign(header().keyID("attacker-key-1").build(), claims, attacker),
                sign(header().keyID("../../../../dev/null' OR '1'='1").build(), claims, attacker),
                sign(header().keyID("attacker-key-1").jwkURL(java.net.URI.create("http://127.0.0.1:1/jwks.json")).build(), claims, attacker),
                sign(header().keyID("attacker-key-1").x509CertURL(java.net.URI.create("http://127.0.0.1:1/cert.pem")).build(), claims, attacker),
                sign(header().jwk(attacker.toPublicJWK()).build(), claims, attacker),
                good(c -> c.issueTime(Date.from(NOW.plusSeconds(3600))).notBeforeTime(Date.from(NOW.plusSeconds(3600)))
                        .expirationTime(Date.from(NOW.plusSeconds(4500)))),
                good(c -> c.issueTime(Date.from(NOW.plusSeconds(3600)))),
                "a.b.c",
                "",
                sign(header().type(com.nimbusds.jose.JOSEObjectType.JWT).build(), claims, identity),
                sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("identity-1").build(), claims, identity),
                sign(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("refresh+jwt")).keyID("identity-1").build(),
                        claims, identity));
        for (int i = 0; i < forged.size(); i++) {
            String token = forged.get(i);
            assertThrows(AccessTokenVerifier.Refused.class, () -> verifier.verify(token), "forged token #" + i);
        }
    }

    static String hs256WithThePublicKey(JWTClaimsSet claims) throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")).keyID("identity-1").build();
        SignedJWT jwt = new SignedJWT(header, claims);
        byte[] secret = identity.toRSAPublicKey().getEncoded();
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    @Test
    void theRefusalSaysNothingAboutKeysOrContent() throws Exception {
        AccessTokenVerifier.Refused refused = assertThrows(AccessTokenVerifier.Refused.class,
                () -> verifier.verify(sign(header().build(), claims(UnaryOperator.identity()), attacker)));
        assertEquals("This access token is not valid here (signature, issuer, audience, type or time).", refused.getMessage());
    }
}
