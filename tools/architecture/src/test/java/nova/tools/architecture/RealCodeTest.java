package nova.tools.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every boundary rule holds on the code as built (each WAR's, contracts' and platform's target/classes). */
class RealCodeTest {

    static final Path ROOT = Path.of(System.getProperty("nova.root", "../..")).toAbsolutePath().normalize();
    static Codebase code;

    @BeforeAll
    static void importTheBuild() {
        code = Codebase.fromBuild(ROOT);
    }

    @Test
    void theCallGraphIsDerivedFromTheClientsTheWarsUse() {
        CallGraph graph = CallGraph.of(code);
        // not vacuous: the gateway's typed clients are found, and its health probe is told apart
        assertTrue(graph.edges.get("gateway").containsAll(Set.of("identity", "user")), graph.describe());
        assertEquals(Set.of("HealthApi"), graph.opsClients.get("gateway"));
        assertEquals(List.of(), graph.cycles());
        assertEquals(List.of(), graph.disallowedEdges());
        assertEquals(List.of(), graph.hiddenCalls);
        assertTrue(graph.averageDependencies() < 2, "average " + graph.averageDependencies());
    }

    @Test
    void theDesignsServicesAreTheOnesBuilt() {
        Services services = Services.of(code);
        assertEquals(List.of(), services.violations());
        assertEquals("6 core + 2 support", services.describe());
    }

    @Test
    void everyTableHasOneOwnerAndNoSqlNamesAnotherContextsTables() {
        TableOwnership tables = TableOwnership.of(code);
        assertEquals(Set.of("identity"), tables.creators.get("credentials"));
        assertEquals(Set.of("user"), tables.creators.get("users"));
        assertEquals(Set.of("outbox_events", "outbox_pending", "processed_events", "revoked_sessions", "erased_members"),
                tables.platformTables);
        assertEquals(List.of(), tables.conflicts());
        assertEquals(List.of(), tables.foreignSql());
    }

    @Test
    void onlyContractsAndPlatformCrossContextLines() {
        assertEquals(List.of(), BoundaryRules.crossContextClasses(code));
    }

    @Test
    void entitiesStayOutOfResourceAndClientSignatures() {
        assertTrue(code.wars().stream().anyMatch(w -> w.ownList().stream().anyMatch(c -> c.isAnnotatedWith(BoundaryRules.ENTITY))),
                "the user context's entities are imported");
        assertEquals(List.of(), BoundaryRules.entitiesInSignatures(code));
    }

    @Test
    void everyProtectedOperationChecksAPermission() {
        assertTrue(BoundaryRules.permissionNames(code).containsAll(List.of("user", "ban_users", "manage_roles")),
                BoundaryRules.permissionNames(code)::toString);
        assertEquals(List.of(), BoundaryRules.roleNamesInsteadOfPermissions(code));
    }

    @Test
    void onlyTheOutboxRelayProducesToKafka() {
        assertEquals(List.of(), BoundaryRules.kafkaProducers(code));
    }

    @Test
    void noPlatformOrWarClassMakesItsOwnKafkaProducerOrConsumer() {
        assertEquals(List.of(), BoundaryRules.kafkaClientsInsteadOfChannels(code));
    }

    @Test
    void theGatewayHoldsNoDatasourceJpaOrJdbc() throws Exception {
        assertEquals(List.of(), ExistingTests.gatewayFootprint(ROOT));
    }
}
