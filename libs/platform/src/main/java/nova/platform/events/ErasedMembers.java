package nova.platform.events;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nova.contracts.events.SagaStepRequested;

/**
 * The members this context has erased ({@code erased_members}, platform migration V6), and the rule that keeps
 * them erased: an event that names one of them, as its subject or in any top-level field of its payload that
 * holds an id ({@code userId}, {@code authorId}, {@code followerId} …), is passed over by every consumer of the
 * context, inside the inbox's transaction. A dead letter replayed, or a topic read again from its start, cannot
 * bring back what the deletion saga removed. Ids are random UUIDs, so a post id never matches a member's.
 * Events that only take something away ({@code *.deleted}, {@code *.removed}, {@code *.revoked}) are always
 * applied: another context's erasure publishes them about the member (social's {@code social.follow.removed},
 * content's {@code content.post.deleted}), possibly after this context has erased, and they must still clean up.
 * The saga's own requests are never passed over either: a step asked again must still be answered.
 */
public final class ErasedMembers {

    private ErasedMembers() {
    }

    /** Remembers {@code userId} as erased, in the caller's transaction (again: no change). */
    public static void remember(Connection transaction, UUID userId) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO erased_members (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING")) {
            insert.setObject(1, userId);
            insert.executeUpdate();
        }
    }

    /** Whether {@code event} is about a member this context has erased (one indexed look-up). */
    public static boolean concerns(Connection transaction, CloudEvent event) throws SQLException {
        if (SagaStepRequested.TYPE.equals(event.type()) || takesAway(event.type())) {
            return false;
        }
        Set<UUID> ids = idsIn(event);
        if (ids.isEmpty()) {
            return false;
        }
        try (PreparedStatement select = transaction.prepareStatement(
                "SELECT 1 FROM erased_members WHERE user_id = ANY (?) LIMIT 1")) {
            Array array = transaction.createArrayOf("uuid", ids.toArray());
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Whether events of {@code type} only remove: their verb is {@code deleted}, {@code removed} or {@code revoked}. */
    static boolean takesAway(String type) {
        String verb = type.substring(type.lastIndexOf('.') + 1);
        return verb.equals("deleted") || verb.equals("removed") || verb.equals("revoked");
    }

    /** The subject and every top-level payload value that reads as a UUID. */
    static Set<UUID> idsIn(CloudEvent event) {
        Set<UUID> ids = new LinkedHashSet<>();
        addIfId(ids, event.subject());
        if (event.data() != null) {
            for (JsonValue value : event.data().values()) {
                if (value instanceof JsonString text) {
                    addIfId(ids, text.getString());
                }
            }
        }
        return ids;
    }

    private static void addIfId(Set<UUID> ids, String text) {
        if (text != null && text.length() == 36 && text.charAt(8) == '-') {
            try {
                ids.add(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                // not an id
            }
        }
    }
}
