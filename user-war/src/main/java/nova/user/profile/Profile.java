package nova.user.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.UserProfile;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A user's public profile ({@code user_profiles}), one per {@link User}. Named {@code Profile} so it
 * never shadows the contract record {@link nova.contracts.user.UserProfile} it is shown as.
 */
@Entity
@Table(name = "user_profiles")
public class Profile {

    /** What a deleted account's profile is left with: nothing of the person. */
    public static final String DELETED_DISPLAY_NAME = "Deleted user";

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String bio;

    private String locale;

    @Column(name = "avatar_media_id")
    private UUID avatarMediaId;

    @Column(name = "header_media_id")
    private UUID headerMediaId;

    // JSONB, kept as its text; PostgreSQL takes a text parameter for jsonb only with a cast
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    @Column(name = "links", nullable = false)
    private String links;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Profile() {
        // for JPA
    }

    /** A new account's profile as registration leaves it: {@code displayName}, nothing else yet. */
    public Profile(User user, String displayName, Instant createdAt) {
        this.user = user;
        this.userId = user.id();
        this.displayName = displayName;
        this.links = "[]";
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * Applies the owner's change. Returns what happened: the profile as it now is, or nothing when
     * the change leaves every field as it was (then nothing is stored or published).
     */
    public Optional<ProfileUpdated> change(ProfileChange change, Instant now) {
        String newDisplayName = change.displayName() == null ? displayName : change.displayName();
        String newBio = change.bio() == null ? bio : emptyToNull(change.bio());
        String newLocale = change.locale() == null ? locale : emptyToNull(change.locale());
        UUID newAvatar = change.avatarMediaId() == null ? avatarMediaId : mediaId(change.avatarMediaId());
        UUID newHeader = change.headerMediaId() == null ? headerMediaId : mediaId(change.headerMediaId());
        String newLinks = change.links() == null ? links : ProfileLinks.write(change.links());
        if (Objects.equals(newDisplayName, displayName) && Objects.equals(newBio, bio)
                && Objects.equals(newLocale, locale) && Objects.equals(newAvatar, avatarMediaId)
                && Objects.equals(newHeader, headerMediaId) && links().equals(ProfileLinks.read(newLinks))) {
            return Optional.empty();
        }
        displayName = newDisplayName;
        bio = newBio;
        locale = newLocale;
        avatarMediaId = newAvatar;
        headerMediaId = newHeader;
        links = newLinks;
        updatedAt = now;
        return Optional.of(updated());
    }

    /**
     * Leaves nothing of the person once the account is deleted: a placeholder name, no bio, locale, links,
     * avatar or header. The username stays with the account row (identity keeps it from being reused).
     */
    public void erase(Instant now) {
        displayName = DELETED_DISPLAY_NAME;
        bio = null;
        locale = null;
        avatarMediaId = null;
        headerMediaId = null;
        links = "[]";
        updatedAt = now;
    }

    /**
     * {@code user.profile.created}: the new profile, with what its first consumers need of the account's settings
     * ({@code discoverable} for search, {@code emails} for communication).
     */
    public ProfileCreated created(boolean discoverable, Map<String, Boolean> emails) {
        return new ProfileCreated(userId, user.username(), displayName, locale, discoverable, emails, createdAt);
    }

    /** {@code user.profile.updated}: the whole profile as it now is. */
    public ProfileUpdated updated() {
        return new ProfileUpdated(userId, user.username(), displayName, bio, locale, updatedAt, avatarMediaId,
                headerMediaId, links(), user.verified());
    }

    /** The profile as callers see it (the contract record). */
    public UserProfile view() {
        return new UserProfile(userId, user.username(), displayName, bio, locale, avatarMediaId, headerMediaId,
                links(), user.verified(), user.status(), createdAt, updatedAt);
    }

    private static UUID mediaId(String id) {
        return id.isEmpty() ? null : UUID.fromString(id);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    public UUID userId() {
        return userId;
    }

    public User user() {
        return user;
    }

    public String displayName() {
        return displayName;
    }

    public String bio() {
        return bio;
    }

    public String locale() {
        return locale;
    }

    public UUID avatarMediaId() {
        return avatarMediaId;
    }

    public UUID headerMediaId() {
        return headerMediaId;
    }

    public List<ProfileLink> links() {
        return ProfileLinks.read(links);
    }

    /** The links as the JSON array stored in {@code user_profiles.links}. */
    public String linksJson() {
        return links == null ? "[]" : links;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
