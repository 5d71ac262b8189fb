package nova.media.transcode;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import nova.media.file.StoredFiles;
import nova.media.infra.Storage;
import nova.media.processing.MediaRefusal;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the processing jobs on the server's managed scheduler: when a job is queued (woken after the upload
 * commits, here or through the table's NOTIFY on another replica), when a retry or a lease falls due, and every
 * {@code nova.media.jobs.interval} (30 s) as a safety poll, it claims due jobs one at a time (one ffmpeg at a time per server: two cores are shared by everything) and
 * runs each to its end. A job's outputs are written in a work directory, stored under their content-addressed
 * names, and recorded in one transaction; a failure is retried with back-off, a file processing can never read
 * fails at once. A server killed mid-job leaves a lease that runs out, and the job is claimed again.
 */
@ApplicationScoped
public class ProcessingLoop extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(ProcessingLoop.class.getName());
    /** Progress is written (and the lease renewed) at most this often. */
    private static final long PROGRESS_EVERY_MS = 2_000;

    @Inject
    ContextDatabase database;

    @Inject
    JobQueue queue;

    @Inject
    MediaProcessor processor;

    @Inject
    Storage storage;

    @Inject
    StoredFiles storedFiles;

    @Inject
    @ConfigProperty(name = "nova.media.jobs.interval", defaultValue = "PT30S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Override
    protected RepeatingTask schedule() {
        if (!database.isConfigured()) {
            return null;
        }
        return RepeatingTask.draining(interval, scheduler, "Media processing jobs", LOG, this::drain)
                .wokenBy(JobQueue.SIGNAL);
    }

    /** Every due job, one after the other, until none is left or the server stops; then when the next falls due. */
    private Optional<Instant> drain() {
        if (!database.tryMigrate()) {
            return Optional.empty();
        }
        while (!stopping()) {
            Optional<JobQueue.Claimed> claimed = queue.claimNext();
            if (claimed.isEmpty()) {
                break;
            }
            run(claimed.get());
        }
        return queue.nextDue();
    }

    /** One claimed job, to its end (complete, retried later, or failed). */
    void run(JobQueue.Claimed claimed) {
        Path work = storage.newTempDirectory("job-");
        List<String> stored = new ArrayList<>();
        // processing reports progress on its own reader threads: only the latest fraction is kept there, and a
        // managed task writes it (renewing the lease) while the job runs
        java.util.concurrent.atomic.AtomicReference<Double> latest = new java.util.concurrent.atomic.AtomicReference<>(0.0);
        ScheduledFuture<?> heartbeat = scheduler.scheduleWithFixedDelay(() -> {
            try {
                queue.advance(claimed.mediaId(), latest.get());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "progress of media {0} not written: {1}", new Object[] {claimed.mediaId(), e});
            }
        }, PROGRESS_EVERY_MS, PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS);
        try {
            ProcessedMedia processed = processor.process(claimed, storage.resolve(claimed.originalKey()), work,
                    latest::set);
            heartbeat.cancel(false);
            List<StoredOutput> outputs = new ArrayList<>();
            for (ProcessedMedia.Output output : processed.outputs()) {
                outputs.add(store(output, stored));
            }
            List<String> unused = queue.complete(claimed, processed, outputs);
            stored.clear();
            storedFiles.removeUnused(unused);
        } catch (MediaRefusal refusal) {
            storedFiles.removeUnused(stored);
            queue.attemptFailed(claimed.mediaId(), refusal.getMessage(), true);
        } catch (RuntimeException e) {
            storedFiles.removeUnused(stored);
            LOG.log(Level.WARNING, "Processing media {0} failed (attempt {1}): {2}",
                    new Object[] {claimed.mediaId(), claimed.attempt(), e.toString()});
            queue.attemptFailed(claimed.mediaId(), e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } finally {
            heartbeat.cancel(false);
            Storage.deleteQuietly(work);
        }
    }

    private StoredOutput store(ProcessedMedia.Output output, List<String> stored) {
        Path path = output.path();
        if (Files.isDirectory(path)) {
            long size = directorySize(path);
            String key = storage.storeDirectory(path, output.extension());
            stored.add(key);
            return new StoredOutput(output.name(), key, key.substring(key.lastIndexOf('/') + 1, key.lastIndexOf('.')),
                    output.mimeType(), output.width(), output.height(), size);
        }
        long size = sizeOf(path);
        String sha256 = Storage.sha256(path);
        String key = storage.store(path, sha256, output.extension());
        stored.add(key);
        return new StoredOutput(output.name(), key, sha256, output.mimeType(), output.width(), output.height(), size);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long directorySize(Path directory) {
        try (var files = Files.list(directory)) {
            return files.mapToLong(ProcessingLoop::sizeOf).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
