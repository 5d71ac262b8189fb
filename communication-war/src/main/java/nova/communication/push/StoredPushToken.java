package nova.communication.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.communication.PushToken;

/** One row of {@code push_tokens}: a member's Web Push subscription. The endpoint is never handed back or logged. */
@Entity
@Table(name = "push_tokens")
public class StoredPushToken {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String endpoint;

    @Column(nullable = false)
    private String p256dh;

    @Column(nullable = false)
    private String auth;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected StoredPushToken() {
    }

    static StoredPushToken webPush(UUID userId, String endpoint, String p256dh, String auth, Instant now) {
        StoredPushToken token = new StoredPushToken();
        token.id = UUID.randomUUID();
        token.userId = userId;
        token.kind = "webpush";
        token.endpoint = endpoint;
        token.p256dh = p256dh;
        token.auth = auth;
        token.createdAt = now;
        return token;
    }

    /** The same browser subscription registered again, perhaps by another member (it moves to them). */
    void renew(UUID userId, String p256dh, String auth) {
        this.userId = userId;
        this.p256dh = p256dh;
        this.auth = auth;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    DeliveryProvider.Destination destination() {
        return new DeliveryProvider.Destination(endpoint, p256dh, auth);
    }

    PushToken view() {
        URI uri = URI.create(endpoint);
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new PushToken(id, kind, origin, createdAt, lastUsedAt);
    }
}
