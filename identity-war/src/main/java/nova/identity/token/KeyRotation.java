package nova.identity.token;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * What {@code POST /signing-keys/rotation} did: {@code kid} signs from now on; {@code previousKid}, the
 * key it replaced (absent if there was none), stays in the JWKS until {@code previousRetiresAt}, when
 * every token it signed has expired.
 */
@JsonbPropertyOrder({"kid", "previousKid", "previousRetiresAt"})
public record KeyRotation(String kid, String previousKid, Instant previousRetiresAt) {
}
