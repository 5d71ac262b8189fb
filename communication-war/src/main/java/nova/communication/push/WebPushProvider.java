package nova.communication.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import nova.communication.push.DeliveryProvider.DeliveryResult.Outcome;
import nova.platform.external.ExternalService;

/**
 * Web Push (RFC 8030): one encrypted POST to the subscription's endpoint with {@code TTL}, {@code Urgency},
 * {@code Content-Encoding: aes128gcm} and the VAPID authorization. 201 (or any 2xx) delivered; 404 and 410 the
 * subscription is gone; 429 and 5xx try later; other 4xx refused for good. Only {@code https} endpoints, except
 * when {@code allowHttp} (tests against a local receiver).
 */
@ExternalService("browsers' Web Push services (RFC 8030), at the subscription's endpoint")
public final class WebPushProvider implements DeliveryProvider {

    private final Vapid vapid;
    private final WebPushEncryption encryption = new WebPushEncryption();
    private final HttpClient http;
    private final Duration ttl;
    private final boolean allowHttp;

    public WebPushProvider(Vapid vapid, Duration ttl, boolean allowHttp) {
        this.vapid = vapid;
        this.ttl = ttl;
        this.allowHttp = allowHttp;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String channel() {
        return "webpush";
    }

    public Vapid vapid() {
        return vapid;
    }

    @Override
    public DeliveryResult deliver(Destination destination, byte[] payload) {
        URI endpoint;
        byte[] body;
        try {
            endpoint = endpoint(destination.address(), allowHttp);
            body = encryption.encrypt(payload, Base64.getUrlDecoder().decode(destination.p256dh()),
                    Base64.getUrlDecoder().decode(destination.auth()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return DeliveryResult.of(Outcome.FAILED, 0, "not deliverable: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("TTL", Long.toString(ttl.toSeconds()))
                .header("Urgency", "normal")
                .header("Content-Type", "application/octet-stream")
                .header("Content-Encoding", "aes128gcm")
                .header("Authorization", vapid.authorization(endpoint))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return DeliveryResult.of(Outcome.DELIVERED, status, "accepted");
            }
            if (status == 404 || status == 410) {
                return DeliveryResult.of(Outcome.GONE, status, "subscription gone");
            }
            if (status == 429 || status >= 500) {
                return DeliveryResult.of(Outcome.RETRY, status, "push service busy");
            }
            return DeliveryResult.of(Outcome.FAILED, status, "refused by the push service");
        } catch (IOException e) {
            return DeliveryResult.of(Outcome.RETRY, 0, "push service unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.of(Outcome.RETRY, 0, "interrupted");
        }
    }

    /** A subscription endpoint this server will post to: absolute https (http only when allowed), no user info. */
    public static URI endpoint(String address, boolean allowHttp) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the endpoint is not a URL");
        }
        boolean scheme = "https".equals(uri.getScheme()) || allowHttp && "http".equals(uri.getScheme());
        if (!scheme || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the endpoint must be an https URL");
        }
        return uri;
    }
}
