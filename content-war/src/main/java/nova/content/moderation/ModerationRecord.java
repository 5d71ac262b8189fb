package nova.content.moderation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.content.ContentModerated;
import nova.contracts.content.ModerationAction;

/** One action a moderator took ({@code moderation_actions}, append only). */
@Entity
@Table(name = "moderation_actions")
public class ModerationRecord {

    @Id
    private UUID id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "item_type", nullable = false)),
            @AttributeOverride(name = "id", column = @Column(name = "item_id", nullable = false))})
    private ItemRef item;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String reason;

    @Column(name = "moderator_id", nullable = false)
    private UUID moderatorId;

    @Column(name = "report_id")
    private UUID reportId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // not stored here: the item's own moderation column holds it; kept for the answer
    private transient String stateAfter;

    protected ModerationRecord() {
        // JPA
    }

    public ModerationRecord(ModeratedItem item, DecisionTerms decision, String stateAfter, UUID moderatorId, Instant now) {
        this.id = UUID.randomUUID();
        this.item = item.ref();
        this.authorId = item.authorId();
        this.action = decision.action();
        this.reason = decision.reason();
        this.moderatorId = moderatorId;
        this.reportId = decision.reportId();
        this.createdAt = now;
        this.stateAfter = stateAfter;
    }

    /** What the action tells consumers (the author above all). */
    public ContentModerated moderated() {
        return new ContentModerated(item.type(), item.id(), authorId, action, reason, moderatorId, reportId, createdAt);
    }

    public ModerationAction view() {
        return new ModerationAction(id, item.type(), item.id(), authorId, action, reason, moderatorId, reportId,
                stateAfter, createdAt);
    }
}
