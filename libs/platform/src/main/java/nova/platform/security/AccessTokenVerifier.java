package nova.platform.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * Checks an access token as identity issues it, with a maintained JOSE library (Nimbus JOSE+JWT, with which
 * identity signs): RS256 only, by a key of identity's published set found by the token's {@code kid} (a
 * {@code jku}, {@code x5u} or embedded key in the header is never followed), {@code typ} {@code at+jwt}
 * (RFC 9068), the issuer and Nova's audience, and the times with at most {@code skewSeconds} of clock skew:
 * {@code exp} required and not passed, {@code nbf} and {@code iat} not in the future. {@code sub} and
 * {@code upn} (the caller's name) are required. Thread-safe.
 */
public final class AccessTokenVerifier {

    static final Set<String> REQUIRED = Set.of("iss", "aud", "sub", "upn", "exp", "iat");

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** Why a token was refused, in words fit for the caller (nothing about keys or the token's content). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    public AccessTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience, int skewSeconds, Clock clock) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(AccessTokenChecks.TYPE)));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED) {
            @Override
            public void verify(JWTClaimsSet claimsSet, SecurityContext context) throws BadJWTException {
                super.verify(claimsSet, context);
                Date issuedAt = claimsSet.getIssueTime();
                if (issuedAt.getTime() > clock.millis() + skewSeconds * 1000L) {
                    throw new BadJWTException("JWT issued in the future");
                }
            }

            @Override
            protected Date currentTime() {
                return new Date(clock.millis());
            }
        };
        claims.setMaxClockSkew(skewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** @return the token as the MicroProfile JWT API reads it, if every check holds */
    public VerifiedToken verify(String compact) throws Refused {
        try {
            return new VerifiedToken(compact, processor.process(compact, null));
        } catch (Exception e) { // ParseException, BadJOSEException, JOSEException, RemoteKeySourceException, ...
            throw new Refused("This access token is not valid here (signature, issuer, audience, type or time).", e);
        }
    }
}
