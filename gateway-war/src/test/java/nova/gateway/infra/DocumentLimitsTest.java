package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentLimitsTest {

    private static final DocumentLimits.Limits LIMITS = DocumentLimits.DEFAULT;

    private static Optional<ApiError> check(String document) {
        return DocumentLimits.refusalOf(document, null, LIMITS);
    }

    private static void assertAllowed(String document) {
        Optional<ApiError> refusal = check(document);
        assertEquals(Optional.empty(), refusal.map(ApiError::getMessage), document);
    }

    private static ApiError assertRefused(ApiError.Code code, String document) {
        Optional<ApiError> refusal = check(document);
        assertTrue(refusal.isPresent(), "expected a refusal of " + document);
        assertEquals(code, refusal.get().code(), refusal.get().getMessage());
        return refusal.get();
    }

    private static String logins(int count) {
        return "mutation {" + IntStream.range(0, count)
                .mapToObj(i -> " a" + i + ": login(login: \"ada\", password: \"p" + i + "\") { accessToken }")
                .collect(Collectors.joining()) + " }";
    }

    /** {@code me { a { a { ... id } } }}: {@code depth} levels. */
    private static String nested(int depth) {
        return "{ me " + "{ a ".repeat(depth - 2) + "{ id }" + " }".repeat(depth - 2) + " }";
    }

    // --- root fields -----------------------------------------------------------------------------

    @Test
    void tenRootFieldsAreAllowedAndEachAliasCounts() {
        assertAllowed(logins(10));
        ApiError refused = assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, logins(11));
        assertEquals("the document asks for too much: an operation asks for 11 root fields (aliases count one by one),"
                + " at most 10 are allowed", refused.getMessage());
        assertTrue(assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, logins(101)).getMessage().contains("101 root fields"));
    }

    @Test
    void rootFieldsInFragmentsCountWhereTheyAreSpread() {
        String eleven = IntStream.range(0, 11).mapToObj(i -> "m" + i + ": me { id }").collect(Collectors.joining(" "));
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "query { ...lots } fragment lots on Query { " + eleven + " }");
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "query { ... on Query { " + eleven + " } }");
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX,
                "query { ...five ...five me { id } } fragment five on Query { a: me { id } b: me { id } c: me { id }"
                        + " d: me { id } e: me { id } }");
        assertAllowed("query { ...five ...five } fragment five on Query { a: me { id } b: me { id } c: me { id }"
                + " d: me { id } e: me { id } }");
    }

    @Test
    void everyOperationOfTheDocumentIsHeldToTheLimits() {
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "query small { me { id } } " + logins(11).replace("mutation", "mutation big"));
        assertEquals(Optional.empty(), DocumentLimits.refusalOf(
                "query a { me { id } } query b { sessions { id } } mutation c { logout }", "c", LIMITS));
    }

    // --- depth and size ------------------------------------------------------------------------

    @Test
    void tenLevelsAreAllowed() {
        assertAllowed(nested(10));
        ApiError refused = assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, nested(11));
        assertEquals("the document asks for too much: an operation is 11 levels deep, at most 10 are allowed",
                refused.getMessage());
    }

    @Test
    void depthCountsThroughFragments() {
        String fragments = "fragment f1 on P { a { ...f2 } } fragment f2 on P { a { ...f3 } } fragment f3 on P { a { a { a { id } } } }";
        // f3 is 4 levels, f2 5, f1 6
        assertAllowed("{ me { a { a { a { ...f1 } } } } } " + fragments);
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ me { a { a { a { a { ...f1 } } } } } } " + fragments);
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ me { ... on P { a { a { a { a { a { a { a { a { a { id } } } } } } } } } } } }");
    }

    @Test
    void fragmentsSpreadManyTimesAreMeasuredFastAndRefusedForTheirFields() {
        StringBuilder document = new StringBuilder("{ me { ...f0 } }");
        for (int i = 0; i < 40; i++) {
            document.append(" fragment f").append(i).append(" on P { a: x { ...f").append(i + 1)
                    .append(" } b: x { ...f").append(i + 1).append(" } }");
        }
        document.append(" fragment f40 on P { id }");
        ApiError refused = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, document.toString()));
        assertTrue(refused.getMessage().contains("levels deep"), refused.getMessage());

        String wide = "{ me { ...w3 } } fragment w3 on P { a: x { ...w2 } b: x { ...w2 } c: x { ...w2 } d: x { ...w2 } }"
                + " fragment w2 on P { a: x { ...w1 } b: x { ...w1 } c: x { ...w1 } d: x { ...w1 } }"
                + " fragment w1 on P { a: x { ...w0 } b: x { ...w0 } c: x { ...w0 } d: x { ...w0 } }"
                + " fragment w0 on P { a: id b: id c: id d: id }";
        assertTrue(assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, wide).getMessage().contains("341 fields"));
    }

    @Test
    void aFragmentThatSpreadsItselfIsRefused() {
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ me { ...a } } fragment a on P { x { ...b } } fragment b on P { y { ...a } }");
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ ...self } fragment self on Query { ...self }");
    }

    @Test
    void anUnknownFragmentIsLeftToTheEngine() {
        assertAllowed("{ me { ...missing } }");
    }

    @Test
    void nestingBeyondAnyUseIsRefusedWithoutOverflowingTheStack() {
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ me " + "{ a ".repeat(5000) + "{ id }" + " }".repeat(5001));
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ users(ids: " + "[".repeat(5000) + "]".repeat(5000) + ") { id } }");
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "query q($x: " + "[".repeat(5000) + "ID" + "]".repeat(5000) + ") { me { id } }");
    }

    @Test
    void aLongDocumentIsRefusedBeforeItIsRead() {
        String padded = "{ me { id } }" + " ".repeat(LIMITS.maxLength());
        assertTrue(assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, padded).getMessage().contains("longer than 20000 characters"));
    }

    @Test
    void twoHundredFieldsAreAllowed() {
        String fields = IntStream.range(0, 99).mapToObj(i -> "f" + i + ": id").collect(Collectors.joining(" "));
        assertAllowed("{ a: me { " + fields + " } b: me { " + fields + " } }");     // 2 + 198
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ a: me { " + fields + " x } b: me { " + fields + " } }");
    }

    // --- what is not a selection --------------------------------------------------------------

    @Test
    void bracesInStringsCommentsAndValuesAreNotSelections() {
        assertAllowed("""
                # a comment { { { { { { { { { { { {
                mutation change($input: ProfileInput! = {displayName: "}}}{{{", links: [{name: "a", url: "b"}]}) {
                  updateProfile(input: {bio: \"\"\"a block "string" with \\\""" and { braces }\"\"\", displayName: "\\"{"}) {
                    id, links { name url } # } } }
                  }
                }""");
        assertAllowed("{ users(ids: [\"a\", \"b\", 1, 2.5e3, -0.5, true, null, ENUM, {x: {y: {z: []}}}]) @include(if: true) { id } }");
    }

    @Test
    void stringsAndCommentsCannotHideFields() {
        String hidden = IntStream.range(0, 11).mapToObj(i -> "a" + i + ": me { id }").collect(Collectors.joining(" "));
        // the closing quote is escaped, so the fields are inside the string, not outside it
        assertAllowed("{ me(x: \"\\\" " + hidden + " \") { id } }");
        // here they are outside it
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ me(x: \"\\\\\") { id } " + hidden + " }");
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ me(x: \"\"\"\\\"\"\"\"\"\") { id } " + hidden + " }");
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ me { id } #\r" + hidden + " }");
    }

    // --- introspection --------------------------------------------------------------------------

    /** graphql-js's getIntrospectionQuery(), which GraphiQL sends. */
    static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name }
                mutationType { name }
                subscriptionType { name }
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
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
            }""";

    @Test
    void graphiqlsIntrospectionQueryIsAllowed() {
        assertAllowed(INTROSPECTION);
        assertAllowed("{ __type(name: \"Profile\") { name fields { name type { name ofType { name } } } } __typename }");
    }

    @Test
    void introspectionThatFansOutInsideItselfIsRefused() {
        ApiError refused = assertRefused(ApiError.Code.QUERY_TOO_COMPLEX,
                "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        assertTrue(refused.getMessage().contains("introspection"), refused.getMessage());
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX,
                "{ __type(name: \"Query\") { ...T } } fragment T on __Type { interfaces { possibleTypes { name } } }");
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ __type(name: \"Q\") " + "{ ofType ".repeat(20) + "{ name }"
                + " }".repeat(21));
    }

    @Test
    void eachIntrospectionRootCountsAsARootField() {
        String many = IntStream.range(0, 11).mapToObj(i -> "s" + i + ": __schema { queryType { name } }")
                .collect(Collectors.joining(" "));
        assertRefused(ApiError.Code.QUERY_TOO_COMPLEX, "{ " + many + " }");
    }

    // --- what is not GraphQL ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{ }", "{ me { id }", "{ me { id } } }", "query { me(id: ) { id } }",
        "{ me(x: \"unterminated) { id } }", "{ me(x: \"\"\"never ends) { id } }", "type Query { me: Profile }",
        "fragment on on P { id }", "{ me . id }", "{ me { id } } ?", "{ me(x: 1.) { id } }", "{ me(x: -) { id } }"})
    void aDocumentThatIsNotGraphqlIsAValidationFailure(String document) {
        ApiError refused = assertRefused(ApiError.Code.GRAPHQL_VALIDATION_FAILED, document);
        assertTrue(refused.getMessage().startsWith("the document is not valid GraphQL: "), refused.getMessage());
    }

    @Test
    void aSyntaxErrorSaysWhere() {
        assertEquals(Optional.of("the document is not valid GraphQL: expected a name, found '}' at line 2, column 7"),
                check("{ me {\n  id: } }").map(ApiError::getMessage));
    }

    // --- the request around the document -------------------------------------------------------

    @Test
    void theRequestBodyMustCarryTheDocumentAsAString() {
        assertEquals(Optional.empty(), DocumentLimits.refusalOfRequest(
                "{\"query\":\"query q($id: ID!) { user(id: $id) { id } }\",\"variables\":{\"id\":\"x\"}}", LIMITS));
        for (String body : new String[] {"", "not json", "[1]", "{}", "{\"query\":42}", "{\"query\":null}", "{\"query\":\"{ me { id } }\""}) {
            Optional<ApiError> refusal = DocumentLimits.refusalOfRequest(body, LIMITS);
            assertEquals(Optional.of(ApiError.Code.GRAPHQL_VALIDATION_FAILED), refusal.map(ApiError::code), body);
        }
        assertEquals(Optional.of(ApiError.Code.QUERY_TOO_COMPLEX), DocumentLimits.refusalOfRequest(
                "{\"query\":\"" + logins(101).replace("\"", "\\\"") + "\"}", LIMITS).map(ApiError::code));
    }

    // --- which operation runs (GraphQL §6.1 GetOperation) ------------------------------------------

    @Test
    void aDocumentOfSeveralOperationsRunsOnlyTheOneNamed() {
        String two = "query a { me { id } } query b { sessions { id } }";
        assertEquals(Optional.empty(), DocumentLimits.refusalOf(two, "b", LIMITS));
        assertEquals(Optional.of("the document holds 2 operations: name the one to run in operationName"),
                DocumentLimits.refusalOf(two, null, LIMITS).map(ApiError::getMessage));
        assertEquals(Optional.of(ApiError.Code.OPERATION_RESOLUTION_FAILED),
                DocumentLimits.refusalOf(two, null, LIMITS).map(ApiError::code));
        assertEquals(Optional.of("the document has no operation named c"),
                DocumentLimits.refusalOf(two, "c", LIMITS).map(ApiError::getMessage));
        assertEquals(Optional.of(ApiError.Code.OPERATION_RESOLUTION_FAILED),
                DocumentLimits.refusalOf(two, "c", LIMITS).map(ApiError::code));
    }

    @Test
    void aDocumentOfOneOperationRunsItUnlessAnotherIsNamed() {
        assertEquals(Optional.empty(), DocumentLimits.refusalOf("{ me { id } }", null, LIMITS));
        assertEquals(Optional.empty(), DocumentLimits.refusalOf("query mine { me { id } }", null, LIMITS));
        assertEquals(Optional.empty(), DocumentLimits.refusalOf("query mine { me { id } }", "mine", LIMITS));
        assertEquals(Optional.of("the document has no operation named other (its operation has no name)"),
                DocumentLimits.refusalOf("{ me { id } }", "other", LIMITS).map(ApiError::getMessage));
        assertEquals(Optional.of(ApiError.Code.OPERATION_RESOLUTION_FAILED),
                DocumentLimits.refusalOf("query mine { me { id } }", "other", LIMITS).map(ApiError::code));
    }

    @Test
    void theRequestNamesTheOperationInOperationName() {
        String two = "query a { me { id } } query b { sessions { id } }";
        assertEquals(Optional.empty(), DocumentLimits.refusalOfRequest(
                "{\"query\":\"" + two + "\",\"operationName\":\"a\"}", LIMITS));
        for (String unnamed : new String[] {"{\"query\":\"" + two + "\"}", "{\"query\":\"" + two + "\",\"operationName\":null}",
                "{\"query\":\"" + two + "\",\"operationName\":\"c\"}"}) {
            assertEquals(Optional.of(ApiError.Code.OPERATION_RESOLUTION_FAILED),
                    DocumentLimits.refusalOfRequest(unnamed, LIMITS).map(ApiError::code), unnamed);
        }
        assertEquals(Optional.of(ApiError.Code.GRAPHQL_VALIDATION_FAILED), DocumentLimits.refusalOfRequest(
                "{\"query\":\"" + two + "\",\"operationName\":7}", LIMITS).map(ApiError::code));
    }

    @Test
    void limitsCanBeChanged() {
        DocumentLimits.Limits strict = new DocumentLimits.Limits(1, 2, 3, 20, 100);
        assertEquals(Optional.empty(), DocumentLimits.refusalOf("{ me { id username } }", null, strict));
        assertTrue(DocumentLimits.refusalOf("{ me { id } sessions { id } }", null, strict).isPresent());
        assertTrue(DocumentLimits.refusalOf("{ me { a { id } } }", null, strict).isPresent());
        assertTrue(DocumentLimits.refusalOf("{ me { id username displayName } }", null, strict).isPresent());
    }

    @Test
    void withIntrospectionSwitchedOffASchemaOrTypeQueryIsForbiddenAnywhereButTypenameIsNot() {
        for (String document : List.of("{ __schema { queryType { name } } }", "{ me { id } t: __type(name: \\\"Post\\\") { name } }",
                "query { ...f } fragment f on Query { __schema { types { name } } }")) {
            String body = "{\"query\": \"" + document + "\"}";
            assertEquals(Optional.of(ApiError.Code.FORBIDDEN),
                    DocumentLimits.refusalOfRequest(body, LIMITS, false).map(ApiError::code), document);
            assertEquals(Optional.empty(), DocumentLimits.refusalOfRequest(body, LIMITS, true), document);
        }
        assertEquals(Optional.empty(), DocumentLimits.refusalOfRequest("{\"query\": \"{ me { __typename id } }\"}", LIMITS, false));
    }

    @Test
    void aDocumentThatMayRunNamesEveryFieldItHoldsForFetchingAhead() {
        DocumentLimits.Checked checked = DocumentLimits.check("{\"query\":\"query { page: feed(first: 20) { nodes {"
                + " ...links likeCount } } } fragment links on Post { writer: author { username } media { id } }\"}",
                LIMITS, false);
        assertEquals(Optional.empty(), checked.refusal());
        assertEquals(java.util.Set.of("feed", "nodes", "likeCount", "author", "username", "media", "id"),
                checked.fieldNames(), "aliases resolved, fragments included");
        DocumentLimits.Checked refused = DocumentLimits.check("{\"query\":\"{ me { id }\"}", LIMITS, false);
        assertTrue(refused.refusal().isPresent());
        assertEquals(java.util.Set.of(), refused.fieldNames());
    }
}
