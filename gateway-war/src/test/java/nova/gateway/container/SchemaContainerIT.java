package nova.gateway.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nova.gateway.schema.Sdl;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The schema the gateway serves is the SDL committed with it ({@code src/main/graphql/schema.graphql}), and no change
 * breaks an existing client without a deprecation first. When the first test fails on purpose (an operation added),
 * the served schema is in {@code target/schema.served.graphql}: commit it as the new SDL, and the second test says
 * whether the change removed or retyped anything clients use.
 */
@InContainer
class SchemaContainerIT {

    private final Http http = Http.to(LibertyServer.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private String served() throws Exception {
        HttpResponse<String> schema = http.get("/graphql/schema.graphql");
        assertEquals(200, schema.statusCode());
        Files.writeString(Path.of(System.getProperty("basedir", "."), "target/schema.served.graphql"), schema.body());
        return schema.body();
    }

    @Test
    void theServedSchemaIsTheCommittedSdl() throws Exception {
        String served = Sdl.normalized(served());
        String committed = Sdl.normalized(Files.readString(Sdl.COMMITTED));
        assertEquals(committed, served, "the served schema drifted from " + Sdl.COMMITTED
                + ": if the change is meant, copy target/schema.served.graphql over it (and see the compatibility test)");
    }

    @Test
    void noFieldClientsUseIsRemovedOrRetypedWithoutADeprecation() throws Exception {
        List<String> broken = Sdl.read(Sdl.COMMITTED).breakingChangesIn(Sdl.parse(served()));
        assertEquals(List.of(), broken, "breaking changes against the committed SDL: deprecate first (@Deprecated), remove later");
    }
}
