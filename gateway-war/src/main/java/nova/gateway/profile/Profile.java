package nova.gateway.profile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nova.contracts.user.UserProfile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A user's public profile")
public class Profile {

    private final UserProfile profile;

    public Profile(UserProfile profile) {
        this.profile = profile;
    }

    @Id
    @NonNull
    public String getId() {
        return profile.id().toString();
    }

    @NonNull
    public String getUsername() {
        return profile.username();
    }

    public String getDisplayName() {
        return profile.displayName();
    }

    public String getBio() {
        return profile.bio();
    }

    @Description("BCP 47 language tag, e.g. en or pt-BR")
    public String getLocale() {
        return profile.locale();
    }

    @Id
    @Description("The media file shown as the avatar, if one is set")
    public String getAvatarMediaId() {
        return profile.avatarMediaId() == null ? null : profile.avatarMediaId().toString();
    }

    @Id
    @Description("The media file shown as the header image, if one is set")
    public String getHeaderMediaId() {
        return profile.headerMediaId() == null ? null : profile.headerMediaId().toString();
    }

    @NonNull
    @Description("The links shown on the profile, in the owner's order (at most 4)")
    public List<@NonNull ProfileLink> getLinks() {
        return profile.links().stream().map(ProfileLink::new).toList();
    }

    @NonNull
    @Description("Whether the user has proven their email address")
    public boolean isVerified() {
        return profile.verified();
    }

    @NonNull
    @Description("Where the account stands: active, banned, scheduled for deletion or deleted")
    public AccountState getStatus() {
        return AccountState.of(profile.status());
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return profile.createdAt().atOffset(ZoneOffset.UTC);
    }

    public OffsetDateTime getUpdatedAt() {
        return profile.updatedAt() == null ? null : profile.updatedAt().atOffset(ZoneOffset.UTC);
    }
}
