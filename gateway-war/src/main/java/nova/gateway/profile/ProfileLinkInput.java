package nova.gateway.profile;

import nova.contracts.user.ProfileLink;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ProfileLinkInput")
@Description("A link to show on your profile: a label of 1-40 characters and an http or https URL of at most 400")
public class ProfileLinkInput {

    @NonNull
    private String name;
    @NonNull
    private String url;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    ProfileLink toLink() {
        return new ProfileLink(name, url);
    }
}
