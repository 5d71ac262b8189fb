package nova.tools.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule fails when broken: one fixture per rule (classes under {@code fixture.<rule>}, migrations
 * under {@code src/test/resources/fixture/<rule>}), shaped like Nova and breaking that rule.
 */
class BrokenRulesTest {

    static Codebase fixture(String rule) {
        Path migrations = null;
        try {
            var url = BrokenRulesTest.class.getResource("/fixture/" + rule);
            migrations = url == null ? null : Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Codebase.fromPackages(new Layout("nova.tools.architecture.fixture." + rule), migrations);
    }

    @Test
    void aCycleIsReported() {
        CallGraph graph = CallGraph.of(fixture("cycle"));
        assertEquals(Map.of("content", Set.of("user"), "user", Set.of("content")), graph.edges);
        assertEquals(List.of("cycle among content, user"), graph.cycles());
    }

    @Test
    void anEdgeOutsideArchitectureSection4IsReported() {
        CallGraph graph = CallGraph.of(fixture("edge"));
        assertEquals(List.of(), graph.cycles());
        List<String> found = graph.disallowedEdges();
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("identity -> user (via [UserApi (ProfileLookup)])"), found::toString);
        assertTrue(found.get(1).startsWith("content uses the operational client(s) [HealthApi]"), found::toString);
    }

    @Test
    void twoDependenciesPerServiceOnAverageIsReported() {
        CallGraph graph = CallGraph.of(fixture("crowded"));
        assertEquals(List.of(), graph.disallowedEdges(), "every edge is allowed: only the average breaks");
        assertEquals(2.0, graph.averageDependencies());
        List<String> averageViolations = new java.util.ArrayList<>();
        Check.staticRows(fixture("crowded"), new java.util.ArrayList<>()).stream()
                .filter(r -> r.metric().startsWith("average")).forEach(r -> averageViolations.addAll(r.details()));
        assertEquals(List.of("2.00 synchronous dependencies per service"), averageViolations);
    }

    @Test
    void callsThatWouldHideFromTheGraphAreReported() {
        List<String> found = CallGraph.of(fixture("hidden")).hiddenCalls;
        String pkg = "nova.tools.architecture.fixture.hidden.content.";
        assertEquals(Set.of(
                "content: " + pkg + "Profiles is a REST client declared in the WAR, not in nova.tools.architecture.fixture.hidden.contracts",
                "content: " + pkg + "ProfileLookup builds a REST client of " + pkg + "Profiles, which is not in nova.tools.architecture.fixture.hidden.contracts",
                "content: " + pkg + "RawCall calls over an untyped HTTP client (HttpClient)"), Set.copyOf(found));
    }

    @Test
    void aClassMarkedExternalServiceMayCallOutsideNovaAndIsListed() {
        CallGraph graph = CallGraph.of(fixture("hidden"));
        assertEquals(java.util.Map.of("content", Set.of("PushOut (a push service outside Nova)")), graph.externalCalls);
        assertTrue(graph.hiddenCalls.stream().noneMatch(call -> call.contains("PushOut")));
    }

    @Test
    void aTableCreatedByTwoContextsOrRedefiningAPlatformTableIsReported() {
        TableOwnership tables = TableOwnership.of(fixture("owners"));
        assertEquals(List.of(
                "outbox_events is the platform's (one copy per database), yet created by [content]",
                "posts is created by content and social: a table has exactly one owner"), tables.conflicts());
    }

    @Test
    void sqlNamingAnotherContextsTableIsReported() {
        List<String> found = TableOwnership.of(fixture("foreignsql")).foreignSql();
        String pkg = "nova.tools.architecture.fixture.foreignsql.content.";
        assertEquals(List.of(
                "content: migration V1__posts.sql names another context's table users (user)",
                "content: " + pkg + "Author @Table names another context's table users (user)",
                "content: " + pkg + "AuthorNames names another context's table users (user)"), found);
    }

    @Test
    void aWarUsingAnotherWarsClassesIsReported() {
        List<String> found = BoundaryRules.crossContextClasses(fixture("crossing"));
        // every dependency is one line: the content WAR's use of the user WAR's class, and the contracts'
        assertTrue(found.stream().allMatch(f -> f.contains("crossing.user.UserRecord")), found::toString);
        assertEquals(Set.of("content", "contracts"),
                found.stream().map(f -> f.substring(0, f.indexOf(':'))).collect(Collectors.toSet()), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("content: ") && f.contains("PostAuthor.name")), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("contracts: ") && f.contains("PostView")), found::toString);
    }

    @Test
    void aWarShippingAClassInAnotherContextsPackageIsReported() {
        Codebase crossing = fixture("crossing");
        Module user = crossing.wars().stream().filter(w -> w.name().equals("user")).findFirst().orElseThrow();
        Module content = crossing.wars().stream().filter(w -> w.name().equals("content")).findFirst().orElseThrow();
        // the content WAR also ships the user context's UserRecord (as if it bundled user-war's classes)
        Module bundling = new Module("content", Module.Kind.WAR, content.classes(),
                java.util.stream.Stream.concat(content.own().stream(), user.own().stream()).collect(Collectors.toSet()), Map.of());
        List<String> found = BoundaryRules.crossContextClasses(
                new Codebase(crossing.layout(), List.of(bundling), crossing.contracts(), crossing.platform()));
        assertTrue(found.stream().anyMatch(f -> f.contains("UserRecord") && f.contains("reside in a package")), found::toString);
    }

    @Test
    void anEntityInAResourceSignatureIsReported() {
        List<String> found = BoundaryRules.entitiesInSignatures(fixture("entityleak"));
        String resource = "nova.tools.architecture.fixture.entityleak.user.UserResource";
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.contains(resource + ".all exposes the entity UserEntity")), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.contains(resource + ".save exposes the entity UserEntity")), found::toString);
    }

    @Test
    void aKafkaProducerOutsideTheOutboxRelayIsReported() {
        List<String> found = BoundaryRules.kafkaProducers(fixture("producer"));
        assertTrue(!found.isEmpty() && found.stream().allMatch(f -> f.startsWith("content: ") && f.contains("DirectPublisher")),
                found::toString);
    }

    @Test
    void aKafkaConsumerOrProducerOfItsOwnInThePlatformOrAWarIsReported() {
        List<String> found = BoundaryRules.kafkaClientsInsteadOfChannels(fixture("kafkaclient"));
        String fixture = "nova.tools.architecture.fixture.kafkaclient.";
        assertTrue(found.stream().anyMatch(f -> f.startsWith("content: ") && f.contains(fixture + "content.PollingReader")),
                found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("platform: ") && f.contains(fixture + "platform.events.OutboxRelay")),
                found::toString);
        assertTrue(found.stream().noneMatch(f -> f.contains("LagReader")), "the admin client is allowed: " + found);
    }

    @Test
    void aRoleNameWhereAPermissionBelongsIsReported() {
        List<String> found = BoundaryRules.roleNamesInsteadOfPermissions(fixture("roles"));
        String resource = "nova.tools.architecture.fixture.roles.content.ModerationResource";
        assertEquals(List.of(
                "content: " + resource + " names the role 'admin', not a permission of security.Permissions",
                "content: " + resource + ".hide names the role 'moderator', not a permission of security.Permissions"),
                found);
    }

    @Test
    void aServiceTheDesignDoesNotHaveAndOnesItLacksAreReported() {
        List<String> found = Services.of(fixture("services")).violations();
        assertTrue(found.contains("billing is a service the design does not have (6 core + 2 support)"), found::toString);
        assertTrue(found.contains("identity is a service of the design that the build does not deploy"), found::toString);
        assertEquals(9, found.size(), found::toString);
    }

    @Test
    void aRoleThatReachesAnotherDatabaseOrHoldsPowersIsReported() {
        List<String> found = DatabaseAccess.violations(List.of(
                new DatabaseAccess.Role("user", Set.of("nova_user"), Set.of()),
                new DatabaseAccess.Role("content", Set.of("nova_content", "nova_user"), Set.of()),
                new DatabaseAccess.Role("search", Set.of("nova_search"), Set.of("CREATEDB"))));
        assertEquals(List.of("nova_content may connect to [nova_user]", "nova_search has [CREATEDB]"), found);
    }

    @Test
    void aRefusedAttemptThatSucceededIsReported() {
        DatabaseAccess.Attempts attempts = DatabaseAccess.Attempts.of(List.of(
                new ExistingTests.Outcome("identity is refused by nova_user", true, ""),
                new ExistingTests.Outcome("user is refused by nova_identity", false, "Expected SQLException to be thrown"),
                new ExistingTests.Outcome("identity owns identity's database", true, "")));
        assertEquals(1, attempts.refused());
        assertEquals(2, attempts.total());
        assertEquals(List.of("user is refused by nova_identity: Expected SQLException to be thrown"), attempts.failures());
    }

    @Test
    void aServerThatCannotStandAloneIsReported(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("deploy.txt");
        Files.writeString(results, "gateway ok ready, /graphql/schema.graphql 200\nuser fail not ready after 240 s\n");
        Check.Row row = Check.deployability(results, 2);
        assertEquals(Check.Status.BROKEN, row.status());
        assertEquals("50% (1 of 2 alone: ready, own reads served)", row.measured());
        assertEquals(List.of("user fail not ready after 240 s"), row.details());
    }
}
