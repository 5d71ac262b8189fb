package nova.media.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored rendition of a file (the design's {@code thumbnails} table, which holds every variant: the
 * sanitized original, small/medium/large, the poster, the MP4 and the HLS playlist), under its content-addressed
 * key.
 */
@Entity
@Table(name = "thumbnails")
@IdClass(StoredVariant.Key.class)
public class StoredVariant {

    @Id
    @Column(name = "media_id")
    private UUID mediaId;

    @Id
    private String name;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "mime_type", nullable = false)
    private String mimeType;

    private Integer width;

    private Integer height;

    @Column(nullable = false)
    private long size;

    protected StoredVariant() {
    }

    public StoredVariant(UUID mediaId, String name, String storageKey, String sha256, String mimeType, Integer width,
                         Integer height, long size) {
        this.mediaId = mediaId;
        this.name = name;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.mimeType = mimeType;
        this.width = width;
        this.height = height;
        this.size = size;
    }

    public UUID mediaId() {
        return mediaId;
    }

    public String name() {
        return name;
    }

    public String storageKey() {
        return storageKey;
    }

    public String sha256() {
        return sha256;
    }

    public String mimeType() {
        return mimeType;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public long size() {
        return size;
    }

    /** The composite key (media id, variant name). */
    public static class Key implements Serializable {
        private UUID mediaId;
        private String name;

        public Key() {
        }

        public Key(UUID mediaId, String name) {
            this.mediaId = mediaId;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(mediaId, k.mediaId) && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mediaId, name);
        }
    }
}
