package nova.communication.push;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;

/**
 * Voluntary Application Server Identification (RFC 8292): the {@code Authorization: vapid t=<jwt>, k=<key>} header of
 * each push request, an ES256 JWT signed with Nimbus JOSE+JWT (the library identity signs its tokens with) whose
 * {@code aud} is the push service's origin, {@code exp} at most 24 h away (12 h here) and {@code sub} a contact
 * ({@code mailto:} or {@code https:}). The key pair is the server's ({@code NOVA_VAPID_PRIVATE_KEY},
 * {@code NOVA_VAPID_PUBLIC_KEY}: base64url, the 32-byte scalar and the 65-byte uncompressed point, as browsers take
 * an {@code applicationServerKey}).
 */
public final class Vapid {

    static final Duration LIFETIME = Duration.ofHours(12);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final ECPrivateKey privateKey;
    private final byte[] publicKey;
    private final String subject;
    private final Clock clock;

    public Vapid(byte[] privateScalar, byte[] publicPoint, String subject, Clock clock) throws GeneralSecurityException {
        this.privateKey = WebPushEncryption.privateKey(privateScalar);
        WebPushEncryption.publicKey(publicPoint); // a valid point, or refused here
        this.publicKey = publicPoint.clone();
        if (subject == null || !(subject.startsWith("mailto:") || subject.startsWith("https:"))) {
            throw new IllegalArgumentException("the VAPID subject is a mailto: or https: contact");
        }
        this.subject = subject;
        this.clock = clock;
    }

    /** The public key as clients subscribe with it ({@code applicationServerKey}), base64url. */
    public String publicKey() {
        return B64.encodeToString(publicKey);
    }

    /** The {@code Authorization} header value for a request to {@code endpoint}. */
    public String authorization(URI endpoint) {
        String audience = endpoint.getScheme() + "://" + endpoint.getHost()
                + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().audience(audience).subject(subject)
                        .expirationTime(Date.from(clock.instant().plus(LIFETIME))).build());
        try {
            jwt.sign(new ECDSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("the VAPID token could not be signed", e);
        }
        return "vapid t=" + jwt.serialize() + ", k=" + publicKey();
    }
}
