package nova.identity.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose {@code X-Forwarded-For} identity believes: only a request from a configured proxy address
 * ({@code nova.proxy.trusted-addresses}) that also carries the proxies' shared secret ({@code nova.proxy.secret},
 * in {@value #PROOF_HEADER}). Anyone else's forwarded header is ignored and the connection's own address is the
 * client: a caller that reaches identity directly cannot choose the address its failed logins count against.
 * <p>
 * The address alone would not do: on one machine the gateway and a direct caller both connect from the loopback
 * address, and in a cluster a neighbour pod may share the gateway's network. The secret tells them apart; the
 * address list keeps a leaked secret useless from elsewhere. Without a secret configured, no forwarded header is
 * believed (then every login through the gateway counts against the gateway's address: configure it).
 */
@ApplicationScoped
public class TrustedProxies {

    /** The header in which a proxy proves it is one (the gateway sets it on its calls to identity). */
    public static final String PROOF_HEADER = "X-Nova-Proxy-Secret";
    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());
    /** What an IP literal can look like; anything else (a host name) is refused, never looked up in DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    @Inject
    @ConfigProperty(name = "nova.proxy.trusted-addresses", defaultValue = "127.0.0.1,::1")
    List<String> trustedAddresses;

    @Inject
    @ConfigProperty(name = "nova.proxy.secret")
    Optional<String> secret;

    private List<AddressRange> ranges = List.of();

    @PostConstruct
    void init() {
        ranges = parse(trustedAddresses);
        if (secret.filter(s -> !s.isBlank()).isEmpty()) {
            LOG.warning("nova.proxy.secret (NOVA_PROXY_SECRET) is not set: identity believes no X-Forwarded-For, and "
                    + "counts every login through the gateway against the gateway's own address");
        }
    }

    /** Where this request came from: the forwarded client address if a trusted proxy vouches for it. */
    public ClientOrigin originOf(HttpHeaders headers, HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwardedFor = vouches(remote, headers.getHeaderString(PROOF_HEADER))
                ? headers.getHeaderString("X-Forwarded-For") : null;
        return ClientOrigin.of(forwardedFor, remote, headers.getHeaderString(HttpHeaders.USER_AGENT));
    }

    /** Whether a request from {@code remoteAddress} with this proof comes from a proxy identity trusts. */
    boolean vouches(String remoteAddress, String proof) {
        String expected = secret.filter(s -> !s.isBlank()).orElse(null);
        if (expected == null || proof == null) {
            return false;
        }
        boolean proven = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                proof.getBytes(StandardCharsets.UTF_8));
        return proven && address(remoteAddress).map(a -> ranges.stream().anyMatch(r -> r.contains(a))).orElse(false);
    }

    /** {@code 127.0.0.1}, {@code ::1}, {@code 10.0.0.0/8}, {@code fd00::/8}: literals and CIDR ranges; others are ignored. */
    static List<AddressRange> parse(List<String> entries) {
        List<AddressRange> parsed = new ArrayList<>();
        for (String entry : entries) {
            String text = entry.strip();
            int slash = text.indexOf('/');
            Optional<InetAddress> base = address(slash < 0 ? text : text.substring(0, slash));
            if (base.isEmpty()) {
                LOG.warning(() -> "nova.proxy.trusted-addresses: '" + text + "' is not an IP address or range; ignored");
                continue;
            }
            int bits = base.get().getAddress().length * 8;
            try {
                int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
                if (prefix < 0 || prefix > bits) {
                    throw new NumberFormatException();
                }
                parsed.add(new AddressRange(base.get().getAddress(), prefix));
            } catch (NumberFormatException e) {
                LOG.warning(() -> "nova.proxy.trusted-addresses: '" + text + "' has no valid prefix length; ignored");
            }
        }
        return List.copyOf(parsed);
    }

    static Optional<InetAddress> address(String literal) {
        if (literal == null || literal.isBlank() || !IP_LITERAL.matcher(literal.strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal.strip()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address and how many of its leading bits a member must share. */
    record AddressRange(byte[] network, int prefix) {

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
