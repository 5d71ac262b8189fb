package nova.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.security.enterprise.CallerPrincipal;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An access token {@link AccessTokenVerifier} accepted, as the MicroProfile JWT API presents it: the caller's
 * principal ({@code SecurityContext.getUserPrincipal()}) in every context. Claims read as MP JWT 2.1 §5.1
 * says: times as {@code Long} seconds, {@code aud} and {@code groups} as {@code Set<String>}, the compact
 * token as {@code raw_token}; the rest as the JSON held them (strings stay strings). A Jakarta Security
 * {@link CallerPrincipal} too, so that it can be handed to the container as the caller with its issuer as realm.
 */
public final class VerifiedToken extends CallerPrincipal implements JsonWebToken {

    private static final long serialVersionUID = 1L;
    private static final Set<String> TIMES = Set.of(Claims.exp.name(), Claims.iat.name(), Claims.nbf.name(),
            Claims.auth_time.name(), Claims.updated_at.name());

    private final Map<String, Object> claims;

    VerifiedToken(String compact, JWTClaimsSet verified) {
        super((String) verified.getClaims().get(Claims.upn.name()));
        Map<String, Object> read = new HashMap<>();
        for (Map.Entry<String, Object> claim : verified.getClaims().entrySet()) {
            read.put(claim.getKey(), value(claim.getKey(), claim.getValue()));
        }
        read.put(Claims.raw_token.name(), compact);
        this.claims = Collections.unmodifiableMap(read);
    }

    private static Object value(String name, Object value) {
        if (value instanceof Date date && TIMES.contains(name)) {
            return date.getTime() / 1000;
        }
        if (value instanceof Number number && TIMES.contains(name)) {
            return number.longValue();
        }
        if (Claims.aud.name().equals(name) || Claims.groups.name().equals(name)) {
            return value instanceof List<?> list ? strings(list) : value == null ? Set.of() : Set.of(value.toString());
        }
        return value;
    }

    private static Set<String> strings(List<?> list) {
        Set<String> set = new LinkedHashSet<>();
        list.forEach(item -> set.add(String.valueOf(item)));
        return Collections.unmodifiableSet(set);
    }

    @Override
    public String getName() {
        return super.getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }

    @Override
    public String toString() {
        return "VerifiedToken[" + getName() + "]"; // never the token itself
    }
}
