package nova.search.index;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One searchable post or article of one generation ({@code search_index}). Its {@code document} tsvector is a
 * generated column the database derives from title, body and language: it is not mapped here.
 */
@Entity
@Table(name = "search_index")
@IdClass(IndexedItem.Key.class)
class IndexedItem {

    @Id
    private long generation;

    @Id
    private String kind;

    @Id
    private UUID id;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    private String title;

    @Column(nullable = false)
    private String body;

    private String language;

    @Column(name = "has_media", nullable = false)
    private boolean hasMedia;

    /** space-separated, as a post's tags never hold a space */
    @Column(nullable = false)
    private String hashtags;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean hidden;

    protected IndexedItem() {
    }

    IndexedItem(long generation, Document document) {
        this.generation = generation;
        this.kind = document.kind();
        this.id = document.id();
        this.createdAt = document.createdAt();
        change(document);
    }

    /** Takes the document's text and facets; the creation instant and the hidden mark stay. */
    void change(Document document) {
        this.authorId = document.authorId();
        this.title = document.title();
        this.body = document.body();
        this.language = document.language();
        this.hasMedia = document.hasMedia();
        this.hashtags = String.join(" ", document.hashtags());
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    Document document() {
        return new Document(kind, id, authorId, title, body, language, hasMedia,
                hashtags.isEmpty() ? List.of() : Arrays.asList(hashtags.split(" ")), createdAt);
    }

    /** The composite key: generation, kind, id. */
    public static class Key implements Serializable {
        long generation;
        String kind;
        UUID id;

        public Key() {
        }

        Key(long generation, String kind, UUID id) {
            this.generation = generation;
            this.kind = kind;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.generation == generation && k.kind.equals(kind) && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(generation, kind, id);
        }
    }
}
