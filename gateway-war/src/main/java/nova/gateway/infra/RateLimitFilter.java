package nova.gateway.infra;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-address and per-caller request rates on {@code POST /graphql}, before anything is read or run: over either, the
 * answer is one GraphQL error {@code RATE_LIMITED} with {@code extensions.retryAfterSeconds} and the same in a
 * {@code Retry-After} header, HTTP 429. The caller is its bearer token (a SHA-256 of it, never the token itself):
 * the gateway does not verify tokens — the contexts do — so a subject read from an unverified token could be forged to
 * spend someone else's budget, while a token only spends its own. The address is the connection's
 * ({@code getRemoteAddr}: forwarded headers are not trusted). Values in MP Config (README "Limits"); a rate of 0
 * switches that limit off.
 */
public class RateLimitFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "nova.graphql.rateLimit.perAddress.perSecond", defaultValue = "200")
    double addressPerSecond;

    @Inject
    @ConfigProperty(name = "nova.graphql.rateLimit.perAddress.burst", defaultValue = "1000")
    double addressBurst;

    @Inject
    @ConfigProperty(name = "nova.graphql.rateLimit.perCaller.perSecond", defaultValue = "50")
    double callerPerSecond;

    @Inject
    @ConfigProperty(name = "nova.graphql.rateLimit.perCaller.burst", defaultValue = "200")
    double callerBurst;

    private RateLimits byAddress;
    private RateLimits byCaller;

    @Override
    public void init() {
        byAddress = new RateLimits(addressPerSecond, addressBurst, 100_000);
        byCaller = new RateLimits(callerPerSecond, callerBurst, 100_000);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.nanoTime();
        OptionalLong wait = byAddress.spend(request.getRemoteAddr(), now);
        String authorization = request.getHeader("Authorization");
        if (wait.isEmpty() && authorization != null && !authorization.isBlank()) {
            wait = byCaller.spend(digest(authorization), now);
        }
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            Jsonp.answer(response, 429, "application/json;charset=UTF-8", ErrorExtensions.answerOf(ApiError.rateLimited(
                    "too many requests: try again in " + wait.getAsLong() + " s", wait)));
            return;
        }
        chain.doFilter(request, response);
    }

    static String digest(String authorization) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(authorization.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
