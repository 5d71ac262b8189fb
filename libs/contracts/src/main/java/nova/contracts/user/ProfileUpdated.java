package nova.contracts.user;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code user.profile.updated}: the profile as it now is, so consumers need not call back. Subject: the user id.
 * <p>
 * {@code avatarMediaId}, {@code headerMediaId}, {@code links} and {@code verified} were added after the first
 * version: a payload written before them reads as no avatar, no header, no links, not verified, and consumers
 * built before them ignore the new fields.
 */
public record ProfileUpdated(UUID userId, String username, String displayName, String bio, String locale,
                             Instant updatedAt, UUID avatarMediaId, UUID headerMediaId, List<ProfileLink> links,
                             boolean verified) implements UserEvent {

    public static final String TYPE = "user.profile.updated";

    @JsonbCreator // the canonical constructor, beside a convenience one
    public ProfileUpdated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(updatedAt, "updatedAt");
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The first version's fields only (no media, no links, not verified). */
    public ProfileUpdated(UUID userId, String username, String displayName, String bio, String locale,
                          Instant updatedAt) {
        this(userId, username, displayName, bio, locale, updatedAt, null, null, List.of(), false);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
