package nova.gateway.infra;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Makes the {@link Requester} of this request, in a resolver that runs in its context (a root field's). */
@RequestScoped
public class Requesters {

    @Inject
    Caller caller;

    @Inject
    ThrownErrors thrown;

    /**
     * @throws ApiError {@code UNAUTHENTICATED} without a bearer token (nobody is called)
     */
    public Requester current() {
        if (requester == null) {
            requester = new Requester(caller.requireAuthorization(), thrown.instance());
        }
        return requester;
    }

    private Requester requester;
}
