package nova.communication.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.communication.PushToken;
import nova.contracts.communication.PushTokenRegistration;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** A member's push tokens: registered, listed, removed; and the ones to push to. */
@ApplicationScoped
public class PushTokens {

    static final int MAX_ENDPOINT = 2048;
    /** More subscriptions than a member has browsers: the oldest go. */
    static final int MAX_PER_MEMBER = 20;

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    /** What a registration becomes: the token, and whether it is new (201) or was there (200). */
    public record Registered(PushToken token, boolean created) {
    }

    @Transactional
    public Registered register(UUID userId, PushTokenRegistration registration, boolean allowHttp) {
        validate(registration, allowHttp);
        String endpoint = registration.endpoint().strip();
        Optional<StoredPushToken> existing = entityManager.createQuery(
                        "SELECT t FROM StoredPushToken t WHERE t.endpoint = :endpoint", StoredPushToken.class)
                .setParameter("endpoint", endpoint).getResultStream().findFirst();
        if (existing.isPresent()) {
            boolean mine = existing.get().userId().equals(userId);
            existing.get().renew(userId, registration.p256dh(), registration.auth());
            return new Registered(existing.get().view(), !mine);
        }
        StoredPushToken token = StoredPushToken.webPush(userId, endpoint, registration.p256dh(), registration.auth(),
                DatabaseTime.now());
        entityManager.persist(token);
        List<StoredPushToken> all = of(userId);
        for (StoredPushToken old : all.subList(Math.min(all.size(), MAX_PER_MEMBER), all.size())) {
            if (!old.id().equals(token.id())) {
                entityManager.remove(old);
            }
        }
        return new Registered(token.view(), true);
    }

    @Transactional
    public List<PushToken> list(UUID userId) {
        return of(userId).stream().map(StoredPushToken::view).toList();
    }

    /** Removes the member's token; false when there is none of theirs by that id. */
    @Transactional
    public boolean remove(UUID userId, UUID id) {
        StoredPushToken token = entityManager.find(StoredPushToken.class, id);
        if (token == null || !token.userId().equals(userId)) {
            return false;
        }
        entityManager.remove(token);
        return true;
    }

    /** The member's tokens, newest first (in the caller's transaction). */
    public List<StoredPushToken> of(UUID userId) {
        return entityManager.createQuery("""
                        SELECT t FROM StoredPushToken t WHERE t.userId = :user ORDER BY t.createdAt DESC, t.id""",
                        StoredPushToken.class)
                .setParameter("user", userId).getResultList();
    }

    static void validate(PushTokenRegistration registration, boolean allowHttp) {
        if (registration == null) {
            throw Rejection.invalidInput("endpoint", "a subscription is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String endpoint = registration.endpoint();
        if (endpoint == null || endpoint.isBlank() || endpoint.strip().length() > MAX_ENDPOINT) {
            errors.add(new Problem.FieldError("endpoint", "must be an https URL of at most " + MAX_ENDPOINT + " characters"));
        } else {
            try {
                WebPushProvider.endpoint(endpoint.strip(), allowHttp);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("endpoint", "must be an https URL"));
            }
        }
        try {
            WebPushEncryption.publicKey(Base64.getUrlDecoder().decode(nonNull(registration.p256dh())));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            errors.add(new Problem.FieldError("p256dh", "must be a base64url P-256 public key (65 bytes uncompressed)"));
        }
        try {
            if (Base64.getUrlDecoder().decode(nonNull(registration.auth())).length != 16) {
                errors.add(new Problem.FieldError("auth", "must be 16 bytes, base64url"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("auth", "must be 16 bytes, base64url"));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
    }

    private static String nonNull(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing");
        }
        return text.strip().replace("=", "");
    }
}
