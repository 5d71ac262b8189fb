package nova.gateway.profile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nova.contracts.user.UserProfile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A user's public profile")
public class Profile {

    private final UserProfile profile;

    Profile(UserProfile profile) {
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

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return profile.createdAt().atOffset(ZoneOffset.UTC);
    }

    public OffsetDateTime getUpdatedAt() {
        return profile.updatedAt() == null ? null : profile.updatedAt().atOffset(ZoneOffset.UTC);
    }
}
