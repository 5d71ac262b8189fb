package nova.content.version;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nova.contracts.content.ContentVersion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a post, article or comment, as it was written. */
@Entity
@Table(name = "content_versions")
public class StoredVersion {

    @Embeddable
    public record Key(@Column(name = "item_type") String itemType, @Column(name = "item_id") UUID itemId,
                      @Column(name = "version") int version) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "title")
    private String title;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "content_warning")
    private String contentWarning;

    @Column(name = "sensitive")
    private Boolean sensitive;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "media_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] mediaIds;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected StoredVersion() {
    }

    /** A version of an item: {@code text} is a post's or comment's text, or an article's Markdown body. */
    public StoredVersion(String itemType, UUID itemId, int version, String title, String text, String contentWarning,
                         Boolean sensitive, List<UUID> mediaIds, Instant at) {
        this.id = new Key(itemType, itemId, version);
        this.title = title;
        this.text = text;
        this.contentWarning = contentWarning;
        this.sensitive = sensitive;
        this.mediaIds = mediaIds.toArray(UUID[]::new);
        this.at = at;
    }

    public ContentVersion view() {
        return new ContentVersion(id.version(), title, text, contentWarning, sensitive, Arrays.asList(mediaIds), at);
    }
}
