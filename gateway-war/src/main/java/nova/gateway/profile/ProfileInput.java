package nova.gateway.profile;

import java.util.List;
import java.util.Objects;
import nova.contracts.user.ProfileUpdate;
import nova.gateway.infra.ApiError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("ProfileInput")
@Description("Changes to your profile; a field left out (or null) stays as it is. The user context checks each: "
        + "display name 1-50 characters, bio at most 500, locale a BCP 47 tag such as en or pt-BR")
public class ProfileInput {

    private String displayName;
    private String bio;
    private String locale;
    @Id
    @Description("A media id, or the empty string to remove the avatar")
    private String avatarMediaId;
    @Id
    @Description("A media id, or the empty string to remove the header image")
    private String headerMediaId;
    @Description("Replaces all your links (at most 4); an empty list removes them")
    private List<ProfileLinkInput> links;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getAvatarMediaId() {
        return avatarMediaId;
    }

    public void setAvatarMediaId(String avatarMediaId) {
        this.avatarMediaId = avatarMediaId;
    }

    public String getHeaderMediaId() {
        return headerMediaId;
    }

    public void setHeaderMediaId(String headerMediaId) {
        this.headerMediaId = headerMediaId;
    }

    public List<ProfileLinkInput> getLinks() {
        return links;
    }

    public void setLinks(List<ProfileLinkInput> links) {
        this.links = links;
    }

    /**
     * The contract's update. The list's elements are nullable in the schema (SmallRye GraphQL 1.0 would make a
     * list of non-null elements a required field), so a null element is refused here, before anyone is called.
     */
    ProfileUpdate toUpdate() {
        if (links != null && links.stream().anyMatch(Objects::isNull)) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError("links", "must not hold null")));
        }
        return new ProfileUpdate(displayName, bio, locale, avatarMediaId, headerMediaId,
                links == null ? null : links.stream().map(ProfileLinkInput::toLink).toList());
    }
}
