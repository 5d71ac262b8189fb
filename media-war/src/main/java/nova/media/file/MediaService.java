package nova.media.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.media.AttachmentReport;
import nova.contracts.media.Media;
import nova.contracts.media.MediaPage;
import nova.media.infra.Refusals;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;

/**
 * Reads files for the members who may see them and deletes them for their owners. Someone else's private file
 * and a deleted one read as unknown.
 */
@ApplicationScoped
public class MediaService {

    @PersistenceContext(unitName = "media")
    EntityManager entityManager;

    @Inject
    MediaViews views;

    @Inject
    Outbox outbox;

    public Optional<Media> find(UUID caller, UUID id) {
        MediaFile file = entityManager.find(MediaFile.class, id);
        if (file == null || !file.isVisibleTo(caller)) {
            return Optional.empty();
        }
        return Optional.of(view(List.of(file)).get(0));
    }

    /** The ones of {@code ids} the caller may see, in the order asked. */
    public List<Media> find(UUID caller, List<UUID> ids) {
        Map<UUID, MediaFile> found = load(ids).stream().filter(f -> f.isVisibleTo(caller))
                .collect(Collectors.toMap(MediaFile::id, Function.identity()));
        return view(ids.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    /** The caller's own files, newest first, {@code limit} at a time after {@code after} (a previous page's cursor). */
    public MediaPage mine(UUID caller, String after, Integer limit) {
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw Rejection.invalidInput("limit", "Between 1 and 100.");
        }
        var query = entityManager.createQuery("""
                SELECT f FROM MediaFile f WHERE f.ownerId = :owner AND f.deletedAt IS NULL
                AND (:first = true OR f.createdAt < :at OR (f.createdAt = :at AND f.id < :id))
                ORDER BY f.createdAt DESC, f.id DESC""", MediaFile.class).setParameter("owner", caller);
        if (after == null || after.isBlank()) {
            query.setParameter("first", true).setParameter("at", Instant.EPOCH).setParameter("id", new UUID(0, 0));
        } else {
            MediaCursor cursor = MediaCursor.decode(after);
            query.setParameter("first", false).setParameter("at", cursor.createdAt()).setParameter("id", cursor.id());
        }
        List<MediaFile> rows = query.setMaxResults(size + 1).getResultList();
        List<MediaFile> page = rows.subList(0, Math.min(size, rows.size()));
        String next = rows.size() > size ? new MediaCursor(page.get(size - 1).createdAt(), page.get(size - 1).id()).encode() : null;
        return new MediaPage(view(page), next);
    }

    /** For content: which of {@code ids} the caller owns and are ready to attach. */
    public AttachmentReport attachments(UUID caller, List<UUID> ids) {
        Map<UUID, MediaFile> found = load(ids).stream().collect(Collectors.toMap(MediaFile::id, Function.identity()));
        List<UUID> ready = new ArrayList<>();
        List<UUID> notReady = new ArrayList<>();
        List<UUID> notOwned = new ArrayList<>();
        for (UUID id : ids) {
            MediaFile file = found.get(id);
            if (file == null || file.isDeleted() || !file.isOwnedBy(caller)) {
                notOwned.add(id);
            } else if (MediaFile.COMPLETE.equals(file.status())) {
                ready.add(id);
            } else {
                notReady.add(id);
            }
        }
        return new AttachmentReport(ready, notReady, notOwned);
    }

    /**
     * Deletes one of the caller's files and publishes {@code media.deleted}; returns the storage keys it used, for
     * {@link StoredFiles#removeUnused} to take off the disk once this transaction has committed.
     *
     * @throws Rejection 404 unknown or already deleted, 403 someone else's
     */
    @Transactional
    public List<String> delete(UUID caller, UUID id) {
        MediaFile file = entityManager.find(MediaFile.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (file == null || file.isDeleted()) {
            throw Refusals.notFound("There is no media " + id + ".");
        }
        if (!file.isOwnedBy(caller)) {
            throw Refusals.forbidden("Only its owner can delete this media.");
        }
        List<String> keys = new ArrayList<>();
        keys.add(file.originalKey());
        for (StoredVariant variant : variantsOf(List.of(id))) {
            keys.add(variant.storageKey());
            entityManager.remove(variant);
        }
        outbox.publish(file.delete(DatabaseTime.now()));
        return keys;
    }

    /**
     * Deletes every file {@code owner} still has (their account is gone), each with its {@code media.deleted}, in
     * the caller's transaction; returns the storage keys they used.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> deleteAllOf(UUID owner) {
        List<MediaFile> files = entityManager.createQuery(
                        "SELECT f FROM MediaFile f WHERE f.ownerId = :owner AND f.deletedAt IS NULL ORDER BY f.createdAt",
                        MediaFile.class)
                .setParameter("owner", owner).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<String> keys = new ArrayList<>();
        Instant now = DatabaseTime.now();
        for (MediaFile file : files) {
            keys.add(file.originalKey());
            for (StoredVariant variant : variantsOf(List.of(file.id()))) {
                keys.add(variant.storageKey());
                entityManager.remove(variant);
            }
            outbox.publish(file.delete(now));
        }
        return keys;
    }

    List<MediaFile> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT f FROM MediaFile f WHERE f.id IN :ids", MediaFile.class)
                .setParameter("ids", ids).getResultList();
    }

    List<StoredVariant> variantsOf(Collection<UUID> ids) {
        return entityManager.createQuery("SELECT v FROM StoredVariant v WHERE v.mediaId IN :ids", StoredVariant.class)
                .setParameter("ids", ids).getResultList();
    }

    private List<Media> view(List<MediaFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = files.stream().map(MediaFile::id).toList();
        Map<UUID, MediaMetadata> metadata = entityManager.createQuery(
                        "SELECT m FROM MediaMetadata m WHERE m.mediaId IN :ids", MediaMetadata.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(MediaMetadata::mediaId, Function.identity()));
        Map<UUID, List<StoredVariant>> variants = variantsOf(ids).stream()
                .collect(Collectors.groupingBy(StoredVariant::mediaId));
        Instant now = Instant.now();
        return files.stream().map(f -> views.view(f, metadata.get(f.id()), variants.getOrDefault(f.id(), List.of()), now))
                .toList();
    }
}
