package nova.identity.token;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A signing key as {@code GET /signing-keys} shows it to an operator: never any key material.
 *
 * @param current   it signs the access tokens issued now
 * @param published the JWKS serves it (the signing key, and older keys until their last tokens expire)
 * @param retiresAt when it leaves the JWKS, once a newer key has replaced it (absent for the signing key)
 * @param retiredAt when it was retired (absent while it is not)
 */
@JsonbPropertyOrder({"kid", "createdAt", "current", "published", "retiresAt", "retiredAt"})
public record SigningKeyStatus(String kid, Instant createdAt, boolean current, boolean published, Instant retiresAt,
                               Instant retiredAt) {
}
