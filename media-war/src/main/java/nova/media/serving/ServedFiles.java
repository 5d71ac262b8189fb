package nova.media.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import nova.media.file.MediaFile;
import nova.media.file.StoredVariant;

/** The stored variant a file URL names, with whether its file is private; nothing for a deleted file. */
@ApplicationScoped
public class ServedFiles {

    @PersistenceContext(unitName = "media")
    EntityManager entityManager;

    record Served(UUID mediaId, boolean isPrivate, StoredVariant variant) {
    }

    Optional<Served> find(UUID mediaId, String variant) {
        MediaFile file = entityManager.find(MediaFile.class, mediaId);
        if (file == null || file.isDeleted()) {
            return Optional.empty();
        }
        StoredVariant stored = entityManager.find(StoredVariant.class, new StoredVariant.Key(mediaId, variant));
        return Optional.ofNullable(stored).map(v -> new Served(mediaId, file.isPrivate(), v));
    }
}
