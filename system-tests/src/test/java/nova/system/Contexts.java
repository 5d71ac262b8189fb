package nova.system;

import nova.contracts.identity.IdentityApi;
import nova.contracts.user.UserApi;
import org.microshed.testing.jaxrs.RestClientBuilder;

/**
 * The contexts' REST APIs through their contract interfaces ({@code libs/contracts}), as typed clients built by
 * MicroShed Testing. Its manually-started configuration knows one application URL (identity's, for
 * {@code @RESTClient} fields); the other servers' clients are built here with its builder and their own URL.
 */
final class Contexts {

    private Contexts() {
    }

    static <T> T client(Nova.Server server, Class<T> api) {
        return new RestClientBuilder().withAppContextRoot(server.http("").toString()).withJaxrsPath("/").build(api);
    }

    static IdentityApi identity() {
        return client(Backbone.server("identity"), IdentityApi.class);
    }

    static UserApi user() {
        return client(Backbone.server("user"), UserApi.class);
    }
}
