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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.user.ProfileUpdated;

/**
 * A user's public profile ({@code user_profiles}), one per {@link User}. Named {@code Profile} so it
 * never shadows the contract record {@link nova.contracts.user.UserProfile} it is shown as.
 */
@Entity
@Table(name = "user_profiles")
public class Profile {

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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Profile() {
        // for JPA
    }

    /** A profile as registration leaves it (the intake writes that row with SQL; tests build it here). */
    Profile(User user, String displayName, Instant createdAt) {
        this.user = user;
        this.userId = user.id();
        this.displayName = displayName;
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
        if (Objects.equals(newDisplayName, displayName) && Objects.equals(newBio, bio)
                && Objects.equals(newLocale, locale)) {
            return Optional.empty();
        }
        displayName = newDisplayName;
        bio = newBio;
        locale = newLocale;
        updatedAt = now;
        return Optional.of(new ProfileUpdated(userId, user.username(), displayName, bio, locale, updatedAt));
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
