package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ASVS 2.2.1, as identity enforces it with its default limits: at most 100 failed logins an hour for one
 * login name, 300 from one address. Beyond that every attempt, the right password included, is 429
 * {@code too-many-attempts} with {@code Retry-After}, for known and unknown names alike. Each test logs in
 * from addresses of its own (identity believes the last hop of {@code X-Forwarded-For} from a trusted proxy that
 * proves itself with the gateway's secret, which these tests hold). Issue 14: a caller without that proof cannot
 * choose the address its failures count against; the address the gateway saw is the one that counts.
 */
class LoginThrottlingIT {

    static final int PER_NAME = 100;
    static final int PER_ADDRESS = 300;
    static final String WRONG = "not the password, not at all";

    @Test
    void theHundredAndFirstAttemptForANameIsRefusedEvenWithTheRightPassword() throws Exception {
        Identity.Account ada = Identity.register("throttle");
        String address = Identity.randomAddress();
        failTimes(PER_NAME, ada.username(), address);

        HttpResponse<String> right = Identity.login(ada.username(), ada.password(), address);
        assertTooManyAttempts(right);
        // the name is what counts: another address, another case, the same answer
        assertTooManyAttempts(Identity.login(ada.username().toUpperCase(Locale.ROOT), ada.password(), Identity.randomAddress()));
        assertEquals(0, Backbone.count(Identity.database(),
                "SELECT count(*) FROM sessions WHERE user_id = ?::uuid", ada.id()), "no session was opened");
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeAKnownOne() throws Exception {
        String nobody = "nobody" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String address = Identity.randomAddress();
        HttpResponse<String> first = Identity.login(nobody, WRONG, address);
        assertEquals(401, first.statusCode(), first.body());
        assertEquals("invalid-credentials", Identity.problem(first));
        failTimes(PER_NAME - 1, nobody, address);

        HttpResponse<String> refused = Identity.login(nobody, WRONG, Identity.randomAddress());
        assertTooManyAttempts(refused);

        Identity.Account known = Identity.register("throttleknown");
        String elsewhere = Identity.randomAddress();
        failTimes(PER_NAME, known.username(), elsewhere);
        HttpResponse<String> knownRefused = Identity.login(known.username(), WRONG, elsewhere);
        assertTooManyAttempts(knownRefused);
        assertEquals(body(refused), body(knownRefused), "nothing tells a known name from an unknown one");
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseEveryNameFromThere() throws Exception {
        Identity.Account ada = Identity.register("throttleip");
        String address = Identity.randomAddress();
        // every failure under another name: only the address adds up
        for (int i = 0; i < PER_ADDRESS; i++) {
            HttpResponse<String> failed = Identity.login("nobody" + UUID.randomUUID().toString().substring(0, 8), WRONG, address);
            assertEquals(401, failed.statusCode(), "attempt " + (i + 1) + ": " + failed.body());
        }
        assertTooManyAttempts(Identity.login(ada.username(), ada.password(), address));
        assertEquals(200, Identity.login(ada.username(), ada.password(), Identity.randomAddress()).statusCode(),
                "from anywhere else the account logs in");
    }

    @Test
    void aSuccessfulLoginClearsItsNamesCount() throws Exception {
        Identity.Account ada = Identity.register("throttleclear");
        String address = Identity.randomAddress();
        failTimes(PER_NAME - 1, ada.username(), address);
        assertEquals(PER_NAME - 1, failuresOf(ada.username()));

        assertEquals(200, Identity.login(ada.username(), ada.password(), address).statusCode());
        assertEquals(0, failuresOf(ada.username()), "the count is gone");
        // uncleared, the second of these would be the 101st failure
        failTimes(2, ada.username(), address);
        assertEquals(2, failuresOf(ada.username()));
    }

    @Test
    void aCallerThatReachesIdentityDirectlyCannotChooseTheAddressItsFailuresCountAgainst() throws Exception {
        String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        String claimed = Identity.randomAddress();
        assertEquals(401, directLogin(nobody, claimed, null).statusCode());
        assertEquals(401, directLogin(nobody, claimed, "not the gateway's secret").statusCode());
        assertEquals(0, failuresFrom(claimed), "a forwarded address without the gateway's proof counts nothing");
        assertEquals(2, failuresOf(nobody), "the failures counted all the same, against the caller's own address");

        assertEquals(401, Identity.login(nobody, WRONG, claimed).statusCode());
        assertEquals(1, failuresFrom(claimed), "with the proof, the forwarded address is believed");
    }

    @Test
    void theClientAddressTheGatewaySawIsTheOneThatCounts() throws Exception {
        // any 127/8 address is this machine: the client connects to the gateway from 127.0.0.2 (the gateway itself
        // reaches identity from 127.0.0.1), and claims yet another address in its own X-Forwarded-For
        String seenByGateway = "127.0.0.2";
        String claimed = Identity.randomAddress();
        long before = failuresFrom(seenByGateway);
        String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        String answer = graphqlFrom(seenByGateway, claimed, Json.createObjectBuilder().add("query",
                "mutation { login(login: \"" + nobody + "\", password: \"" + WRONG + "\") { accessToken } }").build().toString());
        assertTrue(answer.contains("UNAUTHENTICATED"), answer);
        assertEquals(before + 1, failuresFrom(seenByGateway), "counted against the address the gateway saw");
        assertEquals(0, failuresFrom(claimed), "not against what the client claimed");
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** A login posted straight to identity with a forwarded address, and with {@code proof} as the proxy's, if any. */
    static HttpResponse<String> directLogin(String login, String forwardedFor, String proof) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Identity.SERVER.http("/sessions"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("login", login)
                        .add("password", WRONG).build().toString()));
        if (proof != null) {
            request.header(Identity.PROXY_PROOF, proof);
        }
        return Identity.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs a GraphQL document to the gateway over a connection from {@code localAddress} (the JDK's HTTP client
     * cannot choose its local address), claiming {@code forwardedFor}; the whole answer, status line first.
     */
    static String graphqlFrom(String localAddress, String forwardedFor, String body) throws Exception {
        URI gateway = Backbone.server("gateway").http("/graphql");
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(20_000);
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", gateway.getPort()), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + gateway.getPath() + " HTTP/1.1\r\nHost: localhost:" + gateway.getPort()
                    + "\r\nContent-Type: application/json\r\nX-Forwarded-For: " + forwardedFor
                    + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The failures counted against a client address now (its row holds SHA-256 of the address). */
    static long failuresFrom(String address) throws Exception {
        return Backbone.count(Identity.database(),
                "SELECT coalesce(sum(failures), 0) FROM login_failures WHERE kind = 'ip' AND key = ?",
                Identity.sha256(address.toLowerCase(Locale.ROOT)));
    }

    static void failTimes(int times, String login, String address) throws Exception {
        for (int i = 0; i < times; i++) {
            HttpResponse<String> failed = Identity.login(login, WRONG, address);
            assertEquals(401, failed.statusCode(), "attempt " + (i + 1) + ": " + failed.body());
        }
    }

    static void assertTooManyAttempts(HttpResponse<String> response) {
        assertEquals(429, response.statusCode(), response.body());
        assertEquals("too-many-attempts", Identity.problem(response));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
    }

    /** The answer without what differs by request: where it was asked, and how many seconds remain. */
    static String body(HttpResponse<String> response) {
        return Nova.json(response.body()).getString("type") + " " + Nova.json(response.body()).getString("title");
    }

    /** The failures counted against a login name now (its row holds SHA-256 of the lower-case name). */
    static long failuresOf(String login) throws Exception {
        return Backbone.count(Identity.database(),
                "SELECT coalesce(sum(failures), 0) FROM login_failures WHERE kind = 'name' AND key = ?",
                Identity.sha256(login.toLowerCase(Locale.ROOT)));
    }
}
