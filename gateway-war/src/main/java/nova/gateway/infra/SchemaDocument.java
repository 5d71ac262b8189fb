package nova.gateway.infra;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Completes the schema document the engine publishes at {@code /graphql/schema.graphql}. Liberty's
 * mpGraphQL-2.0 prints it without the declarations of the scalars it uses beyond GraphQL's own
 * ({@code DateTime}): SmallRye GraphQL 1.0 would print them only if its configuration said
 * {@code isIncludeScalarsInSchema}, and Liberty's configuration object never does (the interface's default,
 * false; {@code smallrye.graphql.schema.includeScalars} is not read). Without them graphql-js'
 * {@code buildSchema} and code generators refuse the document ("Unknown type DateTime").
 *
 * <p>So each type the document uses but does not declare is declared as SmallRye declares its scalars,
 * {@code "Scalar for <name>" scalar <name>}, which is what introspection says of them. Pure: the filter calls it.
 */
public final class SchemaDocument {

    private static final Set<String> SPECIFIED_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");
    private static final Set<String> DEFINITIONS = Set.of("type", "input", "enum", "interface", "union", "scalar");

    private SchemaDocument() {
    }

    /** The document with a declaration of every scalar it uses and does not declare, appended. */
    public static String complete(String sdl) {
        Set<String> missing = new LinkedHashSet<>(used(sdl));
        missing.removeAll(declared(sdl));
        missing.removeAll(SPECIFIED_SCALARS);
        StringBuilder completed = new StringBuilder(sdl);
        for (String scalar : missing) {
            if (completed.length() > 0 && completed.charAt(completed.length() - 1) != '\n') {
                completed.append('\n');
            }
            completed.append("\n\"Scalar for ").append(scalar).append("\"\nscalar ").append(scalar).append('\n');
        }
        return completed.toString();
    }

    /** Names of the types the document declares ({@code type X}, {@code scalar X}, ...). */
    static Set<String> declared(String sdl) {
        Set<String> names = new LinkedHashSet<>();
        Tokens tokens = new Tokens(sdl);
        String previous = null;
        for (String token; (token = tokens.next()) != null; ) {
            if (tokens.depth == 0 && previous != null && DEFINITIONS.contains(previous) && isName(token)) {
                names.add(token);
            }
            previous = tokens.depth == 0 ? token : null;
        }
        return names;
    }

    /**
     * Names of the types the document uses: the types of fields, arguments and input fields (after a
     * {@code :}, inside braces or parentheses), the interfaces a type implements and the members of unions.
     */
    static Set<String> used(String sdl) {
        Set<String> names = new LinkedHashSet<>();
        Tokens tokens = new Tokens(sdl);
        boolean typeFollows = false;
        boolean membersFollow = false;
        for (String token; (token = tokens.next()) != null; ) {
            if (tokens.depth > 0) {
                membersFollow = false;
                if (token.equals(":")) {
                    typeFollows = true;
                } else if (typeFollows && isName(token)) {
                    names.add(token);
                    typeFollows = false;
                } else if (!token.equals("[")) {
                    typeFollows = false;
                }
            } else if (token.equals("implements") || token.equals("=")) {
                membersFollow = true;
            } else if (membersFollow && isName(token)) {
                names.add(token);
            } else if (!token.equals("&") && !token.equals("|")) {
                membersFollow = false;
            }
        }
        return names;
    }

    private static boolean isName(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
    }

    /** The document's tokens, less strings (descriptions), comments, commas and white space. */
    private static final class Tokens {

        private final String source;
        private int at;
        /** How many braces and parentheses are open after the token last returned. */
        int depth;

        Tokens(String source) {
            this.source = source;
        }

        String next() {
            while (at < source.length()) {
                char c = source.charAt(at);
                if (Character.isWhitespace(c) || c == ',' || c == '\uFEFF') {
                    at++;
                } else if (c == '#') {
                    while (at < source.length() && source.charAt(at) != '\n' && source.charAt(at) != '\r') {
                        at++;
                    }
                } else if (source.startsWith("\"\"\"", at)) {
                    int end = source.indexOf("\"\"\"", at + 3);
                    while (end > 0 && source.charAt(end - 1) == '\\') {
                        end = source.indexOf("\"\"\"", end + 3);
                    }
                    at = end < 0 ? source.length() : end + 3;
                } else if (c == '"') {
                    at++;
                    while (at < source.length() && source.charAt(at) != '"' && source.charAt(at) != '\n') {
                        at += source.charAt(at) == '\\' ? 2 : 1;
                    }
                    at++;
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                    int start = at;
                    while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at))
                            || source.charAt(at) == '_' || source.charAt(at) == '.' || source.charAt(at) == '-')) {
                        at++;
                    }
                    return source.substring(start, at);
                } else {
                    at++;
                    if (c == '{' || c == '(') {
                        depth++;
                    } else if (c == '}' || c == ')') {
                        depth = Math.max(0, depth - 1);
                    }
                    return String.valueOf(c);
                }
            }
            return null;
        }
    }
}
