package nova.gateway.profile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A link shown on a profile")
public class ProfileLink {

    private final nova.contracts.user.ProfileLink link;

    ProfileLink(nova.contracts.user.ProfileLink link) {
        this.link = link;
    }

    @NonNull
    @Description("What the link is called on the profile, e.g. 'Website'")
    public String getName() {
        return link.name();
    }

    @NonNull
    @Description("An http or https URL")
    public String getUrl() {
        return link.url();
    }
}
