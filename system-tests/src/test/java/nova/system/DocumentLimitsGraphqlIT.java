package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What one document may ask for: a document over the gateway's caps (10 root fields, aliases counted one by
 * one; 10 levels; 200 fields) is answered QUERY_TOO_COMPLEX before any resolver runs, so 101 aliased logins
 * cost nothing; GraphiQL's introspection still works; a body that holds no document is a GraphQL error, not a 500.
 */
class DocumentLimitsGraphqlIT {

    private final DataSource identity = Backbone.database(Members.IDENTITY);

    private static String aliasedLogins(int count, String login, String password) {
        return "mutation {" + IntStream.range(0, count)
                .mapToObj(i -> " a" + i + ": login(login: \"" + login + "\", password: \"" + password + "\") { accessToken }")
                .collect(Collectors.joining()) + " }";
    }

    @Test
    void aHundredAndOneAliasedLoginsAreRefusedBeforeAnyRuns() throws Exception {
        Members.Member ada = Members.newcomer("aliases");
        long sessions = Backbone.count(identity, "SELECT count(*) FROM sessions WHERE user_id = ?::uuid", ada.id());

        try (Gql gql = Gql.anonymous()) {
            Gql.Result refused = gql.execute(aliasedLogins(101, ada.username(), ada.password()));
            assertEquals(Optional.of("QUERY_TOO_COMPLEX"), refused.code(), refused.errors().toString());
            assertEquals(1, refused.errors().size());
            assertTrue(refused.error().getMessage().contains("101 root fields"), refused.error().getMessage());
            assertTrue(refused.response().getData() == null || refused.response().getData().isEmpty());

            Gql.Result eleven = gql.execute(aliasedLogins(11, ada.username(), ada.password()));
            assertEquals(Optional.of("QUERY_TOO_COMPLEX"), eleven.code());
        }
        assertEquals(sessions, Backbone.count(identity, "SELECT count(*) FROM sessions WHERE user_id = ?::uuid", ada.id()),
                "no login ran: not one session was opened");
    }

    @Test
    void tenRootFieldsAreServed() throws Exception {
        Members.Member ada = Members.newcomer("tenroots");
        String ten = IntStream.range(0, 10).mapToObj(i -> "m" + i + ": me { id }").collect(Collectors.joining(" "));
        Gql.Result served = ada.execute("{ " + ten + " }");
        assertEquals(java.util.List.of(), served.errors());
        assertEquals(ada.id(), served.response().getData().getJsonObject("m9").getString("id"));
    }

    @Test
    void aDocumentTooDeepOrTooWideIsRefused() throws Exception {
        try (Gql gql = Gql.anonymous()) {
            String deep = "{ me " + "{ links ".repeat(10) + "{ name }" + " }".repeat(10) + " }";
            assertEquals(Optional.of("QUERY_TOO_COMPLEX"), gql.execute(deep).code());
            String fields = IntStream.range(0, 201).mapToObj(i -> "f" + i + ": id").collect(Collectors.joining(" "));
            assertEquals(Optional.of("QUERY_TOO_COMPLEX"), gql.execute("{ me { " + fields + " } }").code());
            String fanOut = "{ __schema { types { fields { type { fields { type { name } } } } } } }";
            assertEquals(Optional.of("QUERY_TOO_COMPLEX"), gql.execute(fanOut).code());
        }
    }

    /** graphql-js's getIntrospectionQuery(), which GraphiQL sends when it opens. */
    static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) {
                name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
              }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name } } } } } } }
            }""";

    @Test
    void graphiqlCanStillReadTheSchema() throws Exception {
        try (Gql gql = Gql.anonymous()) {
            Gql.Result schema = gql.execute(INTROSPECTION);
            assertEquals(java.util.List.of(), schema.errors());
            JsonObject root = schema.response().getData().getJsonObject("__schema");
            assertEquals("Query", root.getJsonObject("queryType").getString("name"));
            assertTrue(root.getJsonArray("types").getValuesAs(JsonObject.class).stream()
                    .anyMatch(type -> type.getString("name").equals("Settings")));
        }
    }

    @Test
    void aBodyWithoutADocumentIsAGraphqlErrorNotAServerError() throws Exception {
        for (String body : new String[] {"not json", "{}", "{\"query\": 42}", "[{\"query\": \"{ system { ready } }\"}]"}) {
            HttpResponse<String> response = post(body);
            assertEquals(200, response.statusCode(), body + ": " + response.body());
            JsonObject error = Nova.json(response.body()).getJsonArray("errors").getJsonObject(0);
            assertEquals("GRAPHQL_VALIDATION_FAILED", error.getJsonObject("extensions").getString("code"), body);
            assertFalse(response.body().contains("Exception"), response.body());
        }
        assertEquals(200, post("{\"query\": \"{ system { ready } }\"}").statusCode());
    }

    @Test
    void aRequestLargerThanAnyDocumentIsRefused() throws Exception {
        String padding = " ".repeat(300_000);
        HttpResponse<String> response = post("{\"query\": \"{ system { ready } }" + padding + "\"}");
        assertEquals("QUERY_TOO_COMPLEX", Nova.json(response.body()).getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code"));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return Nova.HTTP.send(HttpRequest.newBuilder(URI.create(Gql.URL)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
