package nova.contracts.identity;

/** The answer to revoking every session but the caller's own: how many were open and are now revoked. */
public record OtherSessionsRevoked(int revoked) {
}
