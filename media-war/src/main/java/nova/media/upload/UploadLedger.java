package nova.media.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.media.Media;
import nova.media.file.MediaFile;
import nova.media.file.MediaViews;
import nova.media.file.StoredFiles;
import nova.media.infra.MediaSettings;
import nova.media.infra.Refusals;
import nova.media.infra.Storage;
import nova.media.transcode.JobQueue;
import nova.media.transcode.TranscodeJob;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.scheduling.WorkSignals;

/** What an upload leaves in the database: the file's row, its event and its queued job, all or nothing. */
@ApplicationScoped
public class UploadLedger {

    @PersistenceContext(unitName = "media")
    EntityManager entityManager;

    @Inject
    WorkSignals signals;

    @Inject
    Outbox outbox;

    @Inject
    MediaViews views;

    @Inject
    MediaSettings settings;

    @Inject
    Storage storage;

    @Inject
    StoredFiles storedFiles;

    /** The bytes of the originals {@code owner} has stored (deleted files do not count). */
    public long usedBytes(UUID owner) {
        return entityManager.createQuery(
                        "SELECT coalesce(sum(f.size), 0L) FROM MediaFile f WHERE f.ownerId = :owner AND f.deletedAt IS NULL",
                        Long.class)
                .setParameter("owner", owner).getSingleResult();
    }

    /** Whether a file with this id exists (deleted or not): its ticket was used. */
    public boolean exists(UUID mediaId) {
        return entityManager.find(MediaFile.class, mediaId) != null;
    }

    /**
     * Stores a received upload ({@code received}, in the temporary area) under {@code key} and records it, its
     * {@code media.upload.completed} and its job. The owner is locked first, so two uploads of one member cannot
     * both pass the quota; the key is held from before the bytes are stored until the row commits
     * ({@link StoredFiles#hold}), so a removal of the same content elsewhere cannot take them meanwhile.
     *
     * @throws nova.platform.problem.Rejection 409 when the ticket was used meanwhile or the quota is passed
     */
    @Transactional
    public Media record(UploadTickets.Ticket ticket, UUID owner, String kind, String mimeType, long size, String sha256,
                        Path received, String key) {
        // native: the lock is on the owner, who has no row here to lock (a first upload); JPA has no other way.
        // A transaction-scoped advisory lock, released at commit, taken only by uploads of the same member.
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
                .setParameter(1, owner.getMostSignificantBits() ^ owner.getLeastSignificantBits()).getSingleResult();
        if (exists(ticket.mediaId())) {
            throw Refusals.ticketUsed();
        }
        if (usedBytes(owner) + size > settings.quotaBytes()) {
            throw Refusals.quotaExceeded(settings.quotaBytes());
        }
        storedFiles.hold(key);
        storage.store(received, sha256, key.substring(key.lastIndexOf('.') + 1));
        Instant now = DatabaseTime.now();
        MediaFile file = MediaFile.uploaded(ticket.mediaId(), owner, kind, mimeType, ticket.fileName(), size, sha256,
                key, ticket.visibility(), ticket.description(), now);
        entityManager.persist(file);
        entityManager.persist(TranscodeJob.queued(file.id(), now));
        signals.queued(JobQueue.SIGNAL); // the processing loop, once this commits
        // the row before its event: a refused insert (the ticket used by a concurrent upload) publishes nothing
        entityManager.flush();
        outbox.publish(file.uploadCompleted());
        return views.view(file, null, List.of(), now);
    }
}
