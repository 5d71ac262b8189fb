package nova.media.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.media.Media;
import nova.contracts.media.UploadRequest;
import nova.contracts.media.UploadTicket;
import nova.media.file.StoredFiles;
import nova.media.infra.MediaSettings;
import nova.media.infra.Refusals;
import nova.media.infra.Storage;
import nova.media.processing.ImageProcessing;
import nova.media.processing.Inspected;
import nova.media.processing.MediaKind;
import nova.media.processing.MediaInspection;
import nova.media.processing.MediaRefusal;
import nova.media.processing.MediaSniffer;
import nova.media.processing.MediaTools;
import nova.media.processing.ProcessingLimits;
import nova.media.processing.SniffedType;
import nova.media.processing.UnreadableMedia;
import nova.platform.persistence.DatabaseTime;

/**
 * Uploads: a ticket first (the declared size and the quota checked up front), then the bytes straight to this
 * server. The bytes stream to a temporary file while they are hashed and counted against the limit of the kind
 * their first bytes show; the whole is then inspected (type from the content only, headers within the pixel and
 * duration limits) before it is stored under its content-addressed name and recorded, with its
 * {@code media.upload.completed} and its processing job, in one transaction. Whatever refuses it, the temporary
 * file goes and nothing is recorded. No transaction is open while bytes arrive.
 */
@ApplicationScoped
public class UploadService {

    @Inject
    MediaSettings settings;

    @Inject
    UploadTickets tickets;

    @Inject
    UploadLedger ledger;

    @Inject
    Storage storage;

    @Inject
    StoredFiles storedFiles;

    /**
     * A ticket for the caller.
     *
     * @throws nova.platform.problem.Rejection 400 invalid request, 413 a declared size over every limit, 409 over the quota
     */
    public UploadTicket requestUpload(UUID caller, UploadRequest request) {
        UploadTerms terms = UploadTerms.of(request);
        long largest = settings.largestMaxBytes();
        if (terms.declaredSize() != null && terms.declaredSize() > largest) {
            throw Refusals.tooLarge(largest);
        }
        long left = settings.quotaBytes() - ledger.usedBytes(caller);
        if (left <= 0 || (terms.declaredSize() != null && terms.declaredSize() > left)) {
            throw Refusals.quotaExceeded(settings.quotaBytes());
        }
        Instant expires = DatabaseTime.now().plus(settings.ticketTtl()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UploadTickets.Ticket ticket = new UploadTickets.Ticket(UUID.randomUUID(), caller, expires, terms.fileName(),
                terms.visibility(), terms.description(), terms.declaredSize());
        return tickets.issue(ticket, Math.min(largest, left));
    }

    /**
     * Receives the bytes a ticket allows.
     *
     * @param declaredLength the request's Content-Length, or -1 for a chunked body
     * @throws nova.platform.problem.Rejection 403, 410, 409 (ticket used, quota), 413, 415, 422
     */
    public Media receive(UUID caller, String token, long declaredLength, InputStream body) {
        UploadTickets.Ticket ticket = tickets.open(token, Instant.now());
        if (!ticket.ownerId().equals(caller)) {
            throw Refusals.forbidden("This upload ticket is another member's.");
        }
        if (ledger.exists(ticket.mediaId())) {
            throw Refusals.ticketUsed();
        }
        long largest = settings.largestMaxBytes();
        if (declaredLength > largest) {
            throw Refusals.tooLarge(largest);
        }
        long used = ledger.usedBytes(caller);
        if (used >= settings.quotaBytes() || declaredLength > 0 && used + declaredLength > settings.quotaBytes()) {
            throw Refusals.quotaExceeded(settings.quotaBytes());
        }
        Path temp = storage.newTempFile("upload-");
        String key = null;
        try {
            IncomingBytes.Received<SniffedType> received = IncomingBytes.receive(body, temp, head -> {
                SniffedType type = MediaSniffer.sniff(head).orElseThrow(Refusals::unsupportedType);
                long kindLimit = settings.maxBytes(type.kind().wireName());
                long quotaLeft = settings.quotaBytes() - used;
                long limit = Math.min(kindLimit, quotaLeft);
                java.util.function.Supplier<RuntimeException> overLimit = quotaLeft < kindLimit
                        ? () -> Refusals.quotaExceeded(settings.quotaBytes()) : () -> Refusals.tooLarge(kindLimit);
                if (declaredLength > limit) {
                    throw overLimit.get();
                }
                return new IncomingBytes.Decision<>(type, limit, overLimit);
            });
            Inspected inspected = inspect(temp);
            if (inspected.kind() == MediaKind.IMAGE) {
                decodes(temp, inspected);
            }
            String kind = inspected.kind().wireName();
            if (received.size() > settings.maxBytes(kind)) {
                throw Refusals.tooLarge(settings.maxBytes(kind));
            }
            key = Storage.keyOf(received.sha256(), inspected.type().extension());
            return ledger.record(ticket, caller, kind, inspected.mimeType(), received.size(), received.sha256(), temp,
                    key);
        } catch (RuntimeException e) {
            if (key != null) {
                storedFiles.removeUnused(List.of(key)); // perhaps stored, but its row did not commit
            }
            throw e;
        } finally {
            Storage.deleteQuietly(temp);
        }
    }

    /** The content's type and headers, or the refusal they earn (415 not media we take, 422 unusable). */
    private Inspected inspect(Path file) {
        try {
            return inspection().inspect(file);
        } catch (MediaRefusal refusal) {
            throw refusal instanceof UnreadableMedia ? Refusals.unreadable(refusal.getMessage()) : Refusals.unsupportedType();
        }
    }

    /**
     * An image's headers may be whole while its pixels are cut short: only decoding tells, so an image is processed
     * once here, strictly, into a scratch directory that is then dropped (the job makes the stored variants). Images
     * are at most 16 MiB; video and audio are checked for truncation by the inspection and again by their job.
     */
    private void decodes(Path file, Inspected inspected) {
        Path scratch = storage.newTempDirectory("upload-check-");
        try {
            new ImageProcessing(tools()).process(file, scratch.resolve("image"), inspected, limits(settings));
        } catch (MediaRefusal refusal) {
            throw refusal instanceof UnreadableMedia ? Refusals.unreadable(refusal.getMessage()) : Refusals.unsupportedType();
        } finally {
            Storage.deleteQuietly(scratch);
        }
    }

    MediaInspection inspection() {
        return new MediaInspection(tools(), limits(settings));
    }

    private MediaTools tools() {
        return new MediaTools(settings.ffmpeg(), settings.ffprobe(), Duration.ofSeconds(30));
    }

    /** The limits processing checks, from this context's settings. */
    public static ProcessingLimits limits(MediaSettings settings) {
        return new ProcessingLimits(settings.maxPixels(), settings.maxDimension(), settings.maxDuration());
    }
}
