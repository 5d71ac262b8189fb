package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaDocumentTest {

    /** The shape of what the engine publishes: descriptions, arguments, lists, non-null, no scalar declarations. */
    private static final String ENGINE_SDL = """
            "A user's roles: the user's tokens carry them from their next login: Forbidden"
            type UserRoles {
              "Sorted"
              roles: [String]
              userId: String
            }

            "Mutation root"
            type Mutation {
              "Bans a user, until: DateTime, a moment in the future"
              banUser(reason: String!, until: DateTime, userId: ID!): AccountStatus!
              login(login: String!, password: String!): AuthPayload
            }

            type Query {
              me: Profile
              users(ids: [String!]!): [Profile!]!
            }

            type AccountStatus {
              bannedUntil: DateTime
              state: AccountState
            }

            type AuthPayload {
              expiresIn: Int!
            }

            type Profile {
              createdAt: DateTime
              \"""Block: Money, with "quotes": Euro\"""
              id: String
              links: [ProfileLink!]!
            }

            type ProfileLink {
              name: String
            }

            input ProfileInput {
              birthday: Date = "2000-01-01"
            }

            enum AccountState {
              ACTIVE
              BANNED
            }
            """;

    @Test
    void theScalarsTheEngineLeavesOutAreDeclaredAsItDescribesThem() {
        String completed = SchemaDocument.complete(ENGINE_SDL);

        assertTrue(completed.startsWith(ENGINE_SDL), "the engine's document is kept as it is");
        assertEquals("\n\"Scalar for DateTime\"\nscalar DateTime\n\n\"Scalar for Date\"\nscalar Date\n",
                completed.substring(ENGINE_SDL.length()));
    }

    @Test
    void typesAreReadFromDefinitionsNotFromDescriptions() {
        assertEquals(Set.of("UserRoles", "Mutation", "Query", "AccountStatus", "AuthPayload", "Profile", "ProfileLink",
                "ProfileInput", "AccountState"), SchemaDocument.declared(ENGINE_SDL));
        assertEquals(Set.of("String", "DateTime", "ID", "AccountStatus", "AuthPayload", "Profile", "ProfileLink",
                "AccountState", "Int", "Date"), SchemaDocument.used(ENGINE_SDL));
    }

    @Test
    void interfacesAndUnionMembersAreUsedToo() {
        String sdl = "interface Node { id: ID! }\ntype Post implements Node & Dated { id: ID! }\nunion Item = Post | Video\n";
        assertEquals(Set.of("ID", "Node", "Dated", "Post", "Video"), SchemaDocument.used(sdl));
    }

    @Test
    void aCompleteDocumentIsLeftAlone() {
        String complete = "\"Scalar for DateTime\"\nscalar DateTime\n\ntype Query {\n  now: DateTime\n}\n";
        assertEquals(complete, SchemaDocument.complete(complete));
    }
}
