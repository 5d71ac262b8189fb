package nova.gateway.communication;

/** Two members for good, or a group. */
public enum ConversationKind {
    DIRECT, GROUP;

    static ConversationKind of(String kind) {
        return "group".equals(kind) ? GROUP : DIRECT;
    }
}
