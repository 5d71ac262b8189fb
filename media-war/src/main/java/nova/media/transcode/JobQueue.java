package nova.media.transcode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.media.MediaTranscoded;
import nova.media.file.MediaFile;
import nova.media.file.MediaMetadata;
import nova.media.file.StoredFiles;
import nova.media.file.StoredVariant;
import nova.media.infra.Storage;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.scheduling.DueTimes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The processing jobs' states, each change in its own short transaction (nothing is held open while ffmpeg
 * runs). A job is claimed with {@code FOR UPDATE SKIP LOCKED} (Hibernate's lock timeout -2), so servers sharing
 * the database never take one job twice and never wait for each other.
 */
@ApplicationScoped
public class JobQueue {

    /** Hibernate's lock timeout that means SKIP LOCKED. */
    static final int SKIP_LOCKED = -2;
    /** Wakes the processing loop: the table, whose trigger NOTIFYs it, and the in-process signal of a queued job. */
    public static final String SIGNAL = "transcode_jobs";

    @PersistenceContext(unitName = "media")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    StoredFiles storedFiles;

    @Inject
    Storage storage;

    @Inject
    @ConfigProperty(name = "nova.media.jobs.lease", defaultValue = "PT2M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "nova.media.jobs.max-attempts", defaultValue = "4")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "nova.media.jobs.backoff", defaultValue = "PT5S")
    Duration backoff;

    /** A claimed job: the file to process and which attempt this is. */
    public record Claimed(UUID mediaId, UUID ownerId, String kind, String mimeType, String originalKey, int attempt) {
    }

    /** The next due job, claimed for this worker; empty when none is due (or all due ones are being claimed). */
    @Transactional
    public Optional<Claimed> claimNext() {
        Instant now = DatabaseTime.now();
        List<TranscodeJob> due = entityManager.createQuery("""
                        SELECT j FROM TranscodeJob j
                        WHERE (j.status = 'queued' AND j.nextAttemptAt <= :now)
                           OR (j.status = 'in_progress' AND j.leaseUntil < :now)
                        ORDER BY j.nextAttemptAt""", TranscodeJob.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(1)
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        TranscodeJob job = due.get(0);
        MediaFile file = entityManager.find(MediaFile.class, job.mediaId(), LockModeType.PESSIMISTIC_WRITE);
        job.claim(now, lease);
        if (file.isDeleted()) {
            job.complete(now); // nothing left to process
            return Optional.empty();
        }
        file.startProcessing();
        return Optional.of(new Claimed(file.id(), file.ownerId(), file.kind(), file.mimeType(), file.originalKey(),
                job.attempts()));
    }

    /** When the next job falls due: a queued one's next attempt, or a claimed one's lease running out. */
    @Transactional
    public Optional<Instant> nextDue() {
        return DueTimes.earliest(
                query -> entityManager.createQuery(query, Instant.class).setMaxResults(1).getResultList(),
                "SELECT x.nextAttemptAt FROM TranscodeJob x WHERE x.status = 'queued' ORDER BY x.nextAttemptAt",
                "SELECT x.leaseUntil FROM TranscodeJob x WHERE x.status = 'in_progress' ORDER BY x.leaseUntil");
    }

    /** Progress of a running job; renews its lease. False when the job is no longer this worker's to run. */
    @Transactional
    public boolean advance(UUID mediaId, double fraction) {
        TranscodeJob job = entityManager.find(TranscodeJob.class, mediaId, LockModeType.PESSIMISTIC_WRITE);
        MediaFile file = entityManager.find(MediaFile.class, mediaId);
        if (job == null || !TranscodeJob.IN_PROGRESS.equals(job.status()) || file == null || file.isDeleted()) {
            return false;
        }
        job.advance(fraction, DatabaseTime.now(), lease);
        return true;
    }

    /**
     * Records what processing made: metadata, the variants, the file complete, {@code media.processed} (and
     * {@code media.transcoded} for a transcode), the job complete. Returns the keys no longer needed: the
     * variants a deleted file will never use, or those an earlier run stored and this one replaced.
     * <p>
     * The outputs' keys are held first ({@link StoredFiles#hold}): a removal of the same content that ran between
     * storing them and this transaction may have taken one, and then the job fails this attempt and runs again.
     */
    @Transactional
    public List<String> complete(Claimed claimed, ProcessedMedia processed, List<StoredOutput> outputs) {
        for (String key : outputs.stream().map(StoredOutput::key).distinct().sorted().toList()) {
            storedFiles.hold(key);
            if (!java.nio.file.Files.exists(storage.resolve(key))) {
                throw new IllegalStateException("a stored output was removed before its job completed");
            }
        }
        Instant now = DatabaseTime.now();
        TranscodeJob job = entityManager.find(TranscodeJob.class, claimed.mediaId(), LockModeType.PESSIMISTIC_WRITE);
        MediaFile file = entityManager.find(MediaFile.class, claimed.mediaId(), LockModeType.PESSIMISTIC_WRITE);
        List<String> unused = new ArrayList<>();
        if (file.isDeleted() || !TranscodeJob.IN_PROGRESS.equals(job.status())) {
            job.complete(now);
            outputs.forEach(o -> unused.add(o.key()));
            return unused;
        }
        MediaMetadata existing = entityManager.find(MediaMetadata.class, file.id());
        if (existing != null) {
            entityManager.remove(existing);
        }
        for (StoredVariant old : entityManager.createQuery("SELECT v FROM StoredVariant v WHERE v.mediaId = :id",
                StoredVariant.class).setParameter("id", file.id()).getResultList()) {
            unused.add(old.storageKey());
            entityManager.remove(old);
        }
        entityManager.flush();
        MediaMetadata metadata = new MediaMetadata(file.id(), processed.width(), processed.height(),
                processed.durationSeconds(), processed.container(), processed.videoCodec(), processed.audioCodec(),
                processed.blurhash(), processed.focalPoint());
        entityManager.persist(metadata);
        for (StoredOutput output : outputs) {
            entityManager.persist(new StoredVariant(file.id(), output.name(), output.key(), output.sha256(),
                    output.mimeType(), output.width(), output.height(), output.size()));
            unused.remove(output.key());
        }
        List<String> names = outputs.stream().map(StoredOutput::name).toList();
        if (processed.isTranscode()) {
            outbox.publish(new MediaTranscoded(file.id(), file.ownerId(),
                    names.stream().filter(n -> n.equals("mp4") || n.equals("hls") || n.equals("poster")).toList()));
        }
        outbox.publish(file.processed(metadata, names, now));
        job.complete(now);
        return unused;
    }

    /** The attempt failed: retried later, or (when {@code permanent} or out of attempts) the file is failed. */
    @Transactional
    public void attemptFailed(UUID mediaId, String error, boolean permanent) {
        Instant now = DatabaseTime.now();
        TranscodeJob job = entityManager.find(TranscodeJob.class, mediaId, LockModeType.PESSIMISTIC_WRITE);
        MediaFile file = entityManager.find(MediaFile.class, mediaId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !TranscodeJob.IN_PROGRESS.equals(job.status())) {
            return;
        }
        if (job.attemptFailed(error, permanent, maxAttempts, backoff, now)) {
            file.failed(now);
        }
    }
}
