package nova.media.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nova.contracts.media.MediaDeleted;
import nova.contracts.media.MediaProcessed;
import nova.contracts.media.MediaUploadCompleted;

/**
 * One uploaded file ({@code media_files}): whose it is, what its bytes are (the kind and type read from the
 * content), where the bytes as uploaded are stored, and how far processing got. A deleted file keeps its row
 * (its id, which is also its ticket's, stays used) but nothing else of it is shown or stored.
 */
@Entity
@Table(name = "media_files")
public class MediaFile {

    public static final String QUEUED = "queued";
    public static final String IN_PROGRESS = "in_progress";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";
    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String status;

    @Column(name = "mime_type", nullable = false)
    private String mimeType;

    @Column(name = "file_name")
    private String fileName;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "original_key", nullable = false)
    private String originalKey;

    @Column(nullable = false)
    private String visibility;

    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected MediaFile() {
    }

    /** A file whose bytes were just stored under {@code originalKey}: queued for processing. */
    public static MediaFile uploaded(UUID id, UUID ownerId, String kind, String mimeType, String fileName, long size,
                                     String sha256, String originalKey, String visibility, String description,
                                     Instant now) {
        MediaFile file = new MediaFile();
        file.id = Objects.requireNonNull(id);
        file.ownerId = Objects.requireNonNull(ownerId);
        file.kind = kind;
        file.status = QUEUED;
        file.mimeType = mimeType;
        file.fileName = fileName;
        file.size = size;
        file.sha256 = sha256;
        file.originalKey = originalKey;
        file.visibility = visibility;
        file.description = description;
        file.createdAt = now;
        return file;
    }

    /** What the upload caused. */
    public MediaUploadCompleted uploadCompleted() {
        return new MediaUploadCompleted(id, ownerId, kind, mimeType, size);
    }

    /** A processing run took it. */
    public void startProcessing() {
        if (!isDeleted() && !COMPLETE.equals(status)) {
            status = IN_PROGRESS;
        }
    }

    /** Processing finished: what it found is published with the names of the variants now stored. */
    public MediaProcessed processed(MediaMetadata metadata, List<String> variants, Instant now) {
        status = COMPLETE;
        processedAt = now;
        return new MediaProcessed(id, ownerId, kind, metadata.width(), metadata.height(), metadata.durationSeconds(),
                metadata.blurhash(), variants);
    }

    /** Processing gave up (after its retries, or at once for a file it can never read). */
    public void failed(Instant now) {
        status = FAILED;
        processedAt = now;
    }

    /** Its owner deleted it. */
    public MediaDeleted delete(Instant now) {
        deletedAt = now;
        return new MediaDeleted(id, ownerId);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isOwnedBy(UUID member) {
        return ownerId.equals(member);
    }

    /** Whether {@code member} may see it: everyone a public file, only its owner a private one. */
    public boolean isVisibleTo(UUID member) {
        return !isDeleted() && (PUBLIC.equals(visibility) || isOwnedBy(member));
    }

    public UUID id() {
        return id;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String kind() {
        return kind;
    }

    public String status() {
        return status;
    }

    public String mimeType() {
        return mimeType;
    }

    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String originalKey() {
        return originalKey;
    }

    public String visibility() {
        return visibility;
    }

    public boolean isPrivate() {
        return PRIVATE.equals(visibility);
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
