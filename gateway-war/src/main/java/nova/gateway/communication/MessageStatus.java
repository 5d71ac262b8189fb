package nova.gateway.communication;

/** How far a message got: stored, written to a device of the recipient, read. */
public enum MessageStatus {
    SENT, DELIVERED, READ;

    static MessageStatus of(String status) {
        return status == null ? SENT : valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }
}
