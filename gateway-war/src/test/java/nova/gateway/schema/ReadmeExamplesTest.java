package nova.gateway.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example document in the README ("Examples, one per area": each line of a {@code graphql} block is one document)
 * parses and validates against the committed SDL ({@code src/main/graphql/schema.graphql}) with graphql-java's own
 * validator, the one the engine runs: so a schema change that breaks an example fails the build, and the examples are
 * checked by a tool, not by hand. {@code SchemaContainerIT} keeps the committed SDL equal to the served schema, so
 * together they check the examples against what the gateway serves.
 */
class ReadmeExamplesTest {

    static final Path README = Path.of(System.getProperty("basedir", "."), "README.md");

    /** One example: the area it is listed under (the line before its block) and the document. */
    record Example(String area, String document) {
    }

    private static GraphQLSchema schema;

    @BeforeAll
    static void committedSchema() throws IOException {
        schema = schema(Files.readString(Sdl.COMMITTED));
    }

    /**
     * The committed SDL as an (unexecutable) schema. The engine prints it without declaring {@code DateTime}, which the
     * served document gains from {@code SchemaDocumentFilter}; declared here the same way when the file lacks it.
     */
    static GraphQLSchema schema(String sdl) {
        TypeDefinitionRegistry types = new SchemaParser().parse(sdl);
        if (types.getType("DateTime").isEmpty()) {
            types.add(ScalarTypeDefinition.newScalarTypeDefinition().name("DateTime").build());
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    }

    /** The README's examples, in order. */
    static List<Example> examples(String readme) {
        int from = readme.indexOf("## Examples, one per area");
        assertTrue(from >= 0, "the README has no section 'Examples, one per area'");
        int to = readme.indexOf("\n## ", from + 1);
        String section = readme.substring(from, to < 0 ? readme.length() : to);
        Matcher block = Pattern.compile("(?m)^([^\\n]*)\\n+```graphql\\n(.*?)^```", Pattern.DOTALL).matcher(section);
        List<Example> examples = new ArrayList<>();
        while (block.find()) {
            String area = block.group(1).trim();
            for (String line : block.group(2).split("\n")) {
                if (!line.isBlank()) {
                    examples.add(new Example(area, line.trim()));
                }
            }
        }
        return examples;
    }

    /** What the validator says of one document: empty when it is valid against {@code against}. */
    static List<String> problems(GraphQLSchema against, String document) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (InvalidSyntaxException e) {
            return List.of("syntax: " + e.getMessage());
        }
        return ParseAndValidate.validate(against, parsed).stream().map(ValidationError::getMessage).toList();
    }

    @Test
    void everyExampleInTheReadmeIsValidAgainstTheCommittedSchema() throws IOException {
        List<Example> examples = examples(Files.readString(README));
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        for (Example example : examples) {
            List<String> problems = problems(schema, example.document());
            if (!problems.isEmpty()) {
                invalid.put(example.area() + " " + example.document(), problems);
            }
        }
        assertEquals(Map.of(), invalid, "README examples the committed schema refuses");
    }

    @Test
    void theExamplesCoverEveryArea() throws IOException {
        List<Example> examples = examples(Files.readString(README));
        Set<String> areas = new TreeSet<>();
        examples.forEach(example -> areas.add(example.area()));
        assertTrue(areas.size() >= 10, "one block per area: " + areas);
        // every example is one operation the validator saw, not a line the block split in two
        Set<String> rootFields = new TreeSet<>();
        for (Example example : examples) {
            List<OperationDefinition> operations = Parser.parse(example.document())
                    .getDefinitionsOfType(OperationDefinition.class);
            assertEquals(1, operations.size(), example.document());
            operations.get(0).getSelectionSet().getSelectionsOfType(Field.class).forEach(f -> rootFields.add(f.getName()));
        }
        // the areas issue 21 names, each with at least one example
        Set<String> missing = new TreeSet<>(Set.of("me", "user", "post", "articleBySlug", "thread", "feed", "comments",
                "search", "trendingHashtags", "trendingPosts", "conversations", "messages", "notifications", "media",
                "sessions", "moderationQueue", "userRoles", "banUser", "mySettings", "system"));
        missing.removeAll(rootFields);
        assertEquals(Set.of(), missing, "areas without an example");
    }

    @Test
    void theValidatorRefusesWhatTheSchemaDoesNotHave() {
        assertEquals(List.of(), problems(schema, "query { me { id username } }"));
        assertFalse(problems(schema, "query { me { id nickname } }").isEmpty(), "an unknown field");
        assertFalse(problems(schema, "query { user { id } }").isEmpty(), "a missing required argument");
        assertFalse(problems(schema, "query($id: String!) { user(id: $id) { id } }").isEmpty(), "a mistyped variable");
        assertFalse(problems(schema, "query { feed(first: \"20\") { nodes { id } } }").isEmpty(), "a mistyped literal");
        assertFalse(problems(schema, "query { me { id }").isEmpty(), "a syntax error");
    }

    @Test
    void aSchemaChangeThatBreaksAnExampleIsCaught() throws IOException {
        String sdl = Files.readString(Sdl.COMMITTED);
        String renamed = sdl.replaceFirst("(?m)^(\\s*)likedByMe:", "$1likedByCaller:");
        assertFalse(renamed.equals(sdl), "the committed SDL has Post.likedByMe");
        GraphQLSchema changed = schema(renamed);
        long broken = examples(Files.readString(README)).stream()
                .filter(example -> !problems(changed, example.document()).isEmpty()).count();
        assertTrue(broken >= 1, "renaming likedByMe breaks the examples that ask for it");
    }
}
