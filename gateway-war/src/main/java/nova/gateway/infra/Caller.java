package nova.gateway.infra;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Who is calling the gateway, as the incoming HTTP request tells it. */
@RequestScoped
public class Caller {

    /** The request attribute {@link DocumentLimitsFilter} leaves: the name of every field the document holds. */
    static final String FIELD_NAMES = "nova.gateway.fieldNames";

    @Inject
    HttpServletRequest request;

    /**
     * Whether the document asks, anywhere, for a field named one of {@code names} (read by the document-limit pass
     * before the engine runs): a resolver may then start fetching what those fields will need ahead of them, on
     * another thread, instead of waiting for the engine to reach them one after another. False when unknown.
     */
    public boolean asksFor(String... names) {
        Object known = request.getAttribute(FIELD_NAMES);
        if (!(known instanceof java.util.Set<?> fields)) {
            return false;
        }
        for (String name : names) {
            if (fields.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code Authorization} header exactly as sent, forwarded as is, if it is a bearer token.
     * Nothing else is forwarded: the contexts' operator accounts are not for guessing through here.
     */
    public Optional<String> authorization() {
        return bearer(request.getHeader("Authorization"));
    }

    static Optional<String> bearer(String header) {
        return Optional.ofNullable(header).filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7)
                && !value.substring(7).isBlank());
    }

    /**
     * The {@code Authorization} header, for an operation that needs it.
     *
     * @throws ApiError {@code UNAUTHENTICATED} without one (nobody is called)
     */
    public String requireAuthorization() {
        return authorization().orElseThrow(() -> new ApiError(ApiError.Code.UNAUTHENTICATED,
                "authentication required: send Authorization: Bearer <accessToken>"));
    }

    /** The proxies' {@code X-Forwarded-For} chain with the address this request came from appended. */
    public String forwardedFor() {
        return forwardedFor(request.getHeader("X-Forwarded-For"), request.getRemoteAddr());
    }

    public Optional<String> userAgent() {
        return Optional.ofNullable(request.getHeader("User-Agent"));
    }

    static String forwardedFor(String incoming, String remoteAddress) {
        return incoming == null || incoming.isBlank() ? remoteAddress : incoming.strip() + ", " + remoteAddress;
    }
}
