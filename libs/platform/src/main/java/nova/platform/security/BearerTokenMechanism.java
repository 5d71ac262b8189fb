package nova.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a context server learns who calls it (Jakarta Security, in front of the MicroProfile JWT API the
 * resources use: {@code @RolesAllowed} and a {@link org.eclipse.microprofile.jwt.JsonWebToken} principal).
 * <ul>
 * <li>{@code Authorization: Bearer}: the access token is checked by {@link AccessTokenVerifier} against
 * identity's published keys. Accepted, it is the caller's principal and its {@code groups} are the caller's
 * groups. Refused, the answer is 401 RFC 9457 problem+json {@code invalid-token} with
 * {@code WWW-Authenticate: Bearer realm="nova", error="invalid_token"}, whatever the resource.</li>
 * <li>{@code Authorization: Basic}: the operator account, checked against the server's registry. Wrong
 * credentials: 401 problem+json {@code invalid-credentials} with a Basic challenge.</li>
 * <li>No credentials, or another scheme: nothing is decided here; a resource that needs a caller refuses
 * the call itself ({@link CredentialsRequired}).</li>
 * </ul>
 * This replaces Liberty's mpJwt trust-association interceptor as the token checker: that interceptor answered a
 * refused token with an empty body, before any application code could run (issue 14). The checks are the
 * ones it made (nova-context.xml kept the same settings), plus the token type.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    /** nova-common.xml's basicRegistry realm. */
    static final String OPERATORS_REALM = "nova-operators";

    @Inject
    @ConfigProperty(name = "nova.identity.url", defaultValue = "http://localhost:9081")
    String identityUrl;

    @Inject
    @ConfigProperty(name = "nova.jwt.issuer", defaultValue = "https://nova.local/identity")
    String issuer;

    @Inject
    @ConfigProperty(name = "nova.jwt.audience", defaultValue = "nova")
    String audience;

    /** Liberty's default is 5 minutes; Nova allows 60 s. */
    @Inject
    @ConfigProperty(name = "nova.jwt.clock-skew-seconds", defaultValue = "60")
    int skewSeconds;

    @Inject
    RevokedSessions revokedSessions;

    AccessTokenVerifier verifier;
    private JWKSource<SecurityContext> keys;

    /** How long a fetch of identity's keys may take (connect and read each): Nimbus's own 500 ms fails under load. */
    @Inject
    @ConfigProperty(name = "nova.jwt.keys.timeout-ms", defaultValue = "5000")
    int keysTimeoutMs;

    /** How long identity's keys are kept before they are fetched again. */
    static final Duration KEYS_TTL = Duration.ofMinutes(5);
    /** How long the keys last fetched go on being used while identity cannot be reached (its tokens live 15 minutes). */
    static final Duration KEYS_OUTAGE_TOLERANCE = Duration.ofMinutes(15);

    @PostConstruct
    void keys() {
        try {
            keys = identityKeys(URI.create(identityUrl + "/.well-known/jwks.json").toURL(),
                    Duration.ofMillis(keysTimeoutMs), KEYS_TTL, KEYS_OUTAGE_TOLERANCE);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("nova.identity.url is not a URL: " + identityUrl, e);
        }
        verifier = new AccessTokenVerifier(keys, issuer, audience, skewSeconds, Clock.systemUTC());
    }

    /** Ends the keys' background refresh with the application. */
    @PreDestroy
    void closeKeys() {
        if (keys instanceof java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "identity's key source did not close", e);
            }
        }
    }

    /**
     * identity's published keys as every server reads them. Kept {@code ttl}, and fetched again in the background
     * before they expire, so no request waits on identity while the keys it has are good (identity itself too: it
     * fetches its own set over HTTP). An unknown kid fetches at once, at most once a second, so a rotated-in key is
     * seen at once. A fetch may take {@code timeout}: Nimbus's default of 500 ms failed on a loaded machine, and a
     * failed fetch refused good tokens as invalid (the AccountRecoveryGraphqlIT flake after BackboneFailuresIT).
     * While identity cannot be reached the keys last fetched stay in use for {@code outageTolerance}.
     */
    static JWKSource<SecurityContext> identityKeys(URL jwks, Duration timeout, Duration ttl, Duration outageTolerance) {
        int millis = Math.toIntExact(timeout.toMillis());
        return JWKSourceBuilder.<SecurityContext>create(jwks,
                        new DefaultResourceRetriever(millis, millis, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                .cache(ttl.toMillis(), 2 * timeout.toMillis() + 1_000)
                .refreshAheadCache(ttl.toMillis() / 5, true)
                .outageTolerant(outageTolerance.toMillis())
                .rateLimited(1_000)
                .retrying(true)
                .build();
    }

    /**
     * Checks an access token presented outside an {@code Authorization} header (a WebSocket handshake, where a
     * browser can set no header): the same checks as a bearer token, plus what {@link AccessTokenChecks} adds
     * on JAX-RS calls (the session, {@code sid}, not revoked). The token is never logged.
     *
     * @return the accepted token
     * @throws AccessTokenVerifier.Refused with a message fit for the caller
     */
    public VerifiedToken verifyAccessToken(String compact) throws AccessTokenVerifier.Refused {
        VerifiedToken token = verifier.verify(compact);
        java.util.UUID session = SessionClaim.of(token.getClaim(SessionClaim.NAME), compact);
        if (session != null && revokedSessions.isRevoked(session)) {
            throw new AccessTokenVerifier.Refused("This token's session has been revoked. Log in again.", null);
        }
        return token;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        if (scheme(authorization, "Bearer")) {
            try {
                VerifiedToken token = verifier.verify(authorization.substring("Bearer".length()).strip());
                Set<String> groups = token.getGroups();
                // the issuer is the realm: the caller is user:<issuer>/<upn>, each group group:<issuer>/<name>, as
                // Liberty's mpJwt named them, so server.xml's bindings read the same; never the operators' realm
                return context.notifyContainerAboutLogin(new CredentialValidationResult(issuer, token, null,
                        token.getSubject(), groups == null ? Set.of() : groups));
            } catch (AccessTokenVerifier.Refused e) {
                if (e.getCause() instanceof KeySourceException) {
                    // not the caller's fault: identity's keys could not be had (the token is never logged)
                    LOG.log(Level.WARNING, "access token refused: identity''s keys could not be fetched: {0}", e.getCause().toString());
                } else {
                    LOG.log(Level.FINE, "access token refused", e.getCause());
                }
                return refuse(response, context, AccessTokenChecks.invalidTokenProblem(e.getMessage()),
                        AccessTokenChecks.INVALID_TOKEN_CHALLENGE);
            }
        }
        if (scheme(authorization, "Basic")) {
            if (operator(authorization.substring("Basic".length()).strip(), context)) {
                String operator = new BasicAuthenticationCredential(authorization.substring("Basic".length()).strip()).getCaller();
                // the registry's realm, so the caller is the registry's user:nova-operators/<name> that bindings name
                return context.notifyContainerAboutLogin(new CredentialValidationResult(OPERATORS_REALM,
                        new CallerPrincipal(operator), null, operator, Set.of()));
            }
            return refuse(response, context, Problem.of(401, "invalid-credentials", "Invalid credentials",
                    "These operator credentials are not valid."), "Basic realm=\"" + OPERATORS_REALM + "\"");
        }
        return context.doNothing();
    }

    /**
     * Whether Basic credentials are the operator account's, checked by the server's registry through Jakarta
     * Authentication's password callback (Jakarta Security's identity stores see no registry: Liberty answers
     * NOT_VALIDATED when the application defines none).
     */
    private static boolean operator(String basic, HttpMessageContext context) {
        try {
            BasicAuthenticationCredential credential = new BasicAuthenticationCredential(basic);
            if (credential.getCaller() == null || credential.getCaller().isEmpty()) {
                return false;
            }
            PasswordValidationCallback check = new PasswordValidationCallback(context.getClientSubject(),
                    credential.getCaller(), credential.getPassword().getValue());
            context.getHandler().handle(new Callback[] {check});
            return check.getResult();
        } catch (IOException | UnsupportedCallbackException | RuntimeException e) {
            LOG.log(Level.FINE, "operator credentials not checked", e);
            return false;
        }
    }

    private static boolean scheme(String authorization, String scheme) {
        return authorization.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context,
                                               Problem problem, String challenge) {
        try {
            response.setStatus(problem.status());
            response.setHeader("WWW-Authenticate", challenge);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setHeader("Cache-Control", "no-store");
            byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "the refusal could not be written", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
