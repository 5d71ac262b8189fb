package nova.gateway.infra;

import static nova.gateway.infra.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How much one GraphQL document may ask for, checked before the engine sees it. Without a cap, one
 * request with 100 aliased {@code login} fields would run 100 argon2id hashes, and a deep document would
 * multiply whatever each level fans out to. Liberty's mpGraphQL-2.0 (SmallRye GraphQL 1.0) has no setting
 * for this (the {@code smallrye.graphql.instrumentation.queryDepth}/{@code queryComplexity} of later
 * versions do not exist there), so the gateway reads the document itself: a small parser for executable
 * GraphQL (queries, mutations, subscriptions, fragments), fragments expanded where they are spread.
 *
 * <p>Per operation, after fragment expansion:
 * <ul>
 * <li>root fields, aliases counted one by one: at most {@link Limits#maxRootFields};</li>
 * <li>depth ({@code me { id }} is 2): at most {@link Limits#maxDepth};</li>
 * <li>fields in all: at most {@link Limits#maxFields}.</li>
 * </ul>
 * Introspection ({@code __schema}, {@code __type}) is one root field whose inside is measured on its own:
 * GraphiQL's standard introspection query is 13 levels deep, but it never asks for a type's fields inside a
 * type's fields; a document that does ({@code fields { type { fields ... } } }) fans out over the whole
 * schema at every level, so along any path at most one of {@code fields}, {@code inputFields},
 * {@code interfaces}, {@code possibleTypes}, {@code enumValues} may appear, within
 * {@link Limits#maxIntrospectionDepth} levels. The document itself is at most {@link Limits#maxLength}
 * characters. Pure: {@link DocumentLimitsFilter} calls it.
 */
public final class DocumentLimits {

    /** The caps; each can be changed with MP Config ({@code nova.graphql.*}, see {@link DocumentLimitsFilter}). */
    public record Limits(int maxRootFields, int maxDepth, int maxFields, int maxIntrospectionDepth, int maxLength) {
    }

    public static final Limits DEFAULT = new Limits(10, 10, 200, 20, 20_000);

    /** Selection sets and values nested deeper than this are refused before they are even measured. */
    private static final int MAX_NESTING = 64;

    private static final Set<String> INTROSPECTION_ROOTS = Set.of("__schema", "__type");
    private static final Set<String> INTROSPECTION_FAN_OUT = Set.of("fields", "inputFields", "interfaces",
            "possibleTypes", "enumValues");

    private DocumentLimits() {
    }

    /**
     * What to answer instead of running this request body ({@code {"query": ..., "variables": ...}}), or
     * empty to let the engine run it.
     */
    public static Optional<ApiError> refusalOfRequest(String body, Limits limits) {
        return refusalOfRequest(body, limits, true);
    }

    /**
     * As {@link #refusalOfRequest(String, Limits)}; without {@code introspection} a document asking for
     * {@code __schema} or {@code __type} anywhere is refused with {@code FORBIDDEN} (the production profile: the schema
     * is published as SDL instead). SmallRye GraphQL 1.0 in Liberty has a {@code no-introspection} field visibility,
     * but Liberty never reads its setting ({@code smallrye.graphql.fieldVisibility}), so the gateway does it here.
     */
    public static Optional<ApiError> refusalOfRequest(String body, Limits limits, boolean introspection) {
        return check(body, limits, introspection).refusal();
    }

    /**
     * What the limits say of a request body: the refusal, if any, and (when it may run) the name of every field its
     * document holds, in any of its operations or fragments, aliases resolved: what resolvers may fetch ahead for
     * ({@link Caller#asksFor}). Empty when refused.
     */
    public record Checked(Optional<ApiError> refusal, Set<String> fieldNames) {
        static Checked refused(ApiError error) {
            return new Checked(Optional.of(error), Set.of());
        }
    }

    /** As {@link #refusalOfRequest(String, Limits, boolean)}, with the document's field names. */
    public static Checked check(String body, Limits limits, boolean introspection) {
        JsonValue request;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            request = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return Checked.refused(invalid("the request body is not JSON: send {\"query\": \"<document>\"}"));
        }
        if (request.getValueType() != JsonValue.ValueType.OBJECT) {
            return Checked.refused(invalid("the request body is not a JSON object: send {\"query\": \"<document>\"}"));
        }
        JsonObject object = request.asJsonObject();
        JsonValue query = object.get("query");
        if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
            return Checked.refused(invalid("the request has no document: send {\"query\": \"<document>\"}"));
        }
        JsonValue operationName = object.get("operationName");
        if (operationName != null && operationName.getValueType() != JsonValue.ValueType.STRING
                && operationName.getValueType() != JsonValue.ValueType.NULL) {
            return Checked.refused(invalid("operationName is not a string: name the operation to run, or leave it out"));
        }
        Set<String> fieldNames = new HashSet<>();
        Optional<ApiError> refusal = refusalOf(object.getString("query"),
                operationName instanceof jakarta.json.JsonString name ? name.getString() : null, limits, introspection,
                fieldNames);
        return new Checked(refusal, refusal.isPresent() ? Set.of() : Set.copyOf(fieldNames));
    }

    /**
     * What to answer instead of running the operation {@code operationName} (null: the only one) of this
     * document, or empty to let the engine run it. A document whose operation cannot be chosen is refused here:
     * the engine would answer it with an error of its own class and no code ({@code UnknownOperationException}).
     */
    public static Optional<ApiError> refusalOf(String document, String operationName, Limits limits) {
        return refusalOf(document, operationName, limits, true, new HashSet<>());
    }

    private static Optional<ApiError> refusalOf(String document, String operationName, Limits limits, boolean introspection,
                                                Set<String> fieldNames) {
        if (document.length() > limits.maxLength()) {
            return Optional.of(tooComplex("the document is longer than " + limits.maxLength() + " characters"));
        }
        Document parsed;
        try {
            Parser parser = new Parser(document);
            parsed = parser.document();
            fieldNames.addAll(parser.fieldNames);
        } catch (Unreadable e) {
            return Optional.of(invalid("the document is not valid GraphQL: " + e.getMessage()));
        } catch (TooComplex e) {
            return Optional.of(tooComplex(e.getMessage()));
        }
        try {
            Costs costs = new Costs(parsed.fragments());
            for (Operation operation : parsed.operations()) {
                Cost cost = costs.of(operation.selections());
                if (!introspection && cost.introspectionDepth() > 0) {
                    return Optional.of(new ApiError(ApiError.Code.FORBIDDEN, "introspection is switched off on this "
                            + "server: the schema is published at /graphql/schema.graphql"));
                }
                Optional<String> excess = excess(cost, limits);
                if (excess.isPresent()) {
                    return Optional.of(tooComplex(excess.get()));
                }
            }
        } catch (TooComplex e) {
            return Optional.of(tooComplex(e.getMessage()));
        }
        return unchosen(parsed.operations(), operationName);
    }

    /** GraphQL, October 2021, §6.1 GetOperation: the named operation, or the only one when none is named. */
    private static Optional<ApiError> unchosen(List<Operation> operations, String operationName) {
        if (operationName == null) {
            return operations.size() == 1 ? Optional.empty() : Optional.of(new ApiError(
                    ApiError.Code.OPERATION_RESOLUTION_FAILED, "the document holds " + operations.size()
                    + " operations: name the one to run in operationName"));
        }
        if (operations.stream().anyMatch(operation -> operationName.equals(operation.name()))) {
            return Optional.empty();
        }
        return Optional.of(new ApiError(ApiError.Code.OPERATION_RESOLUTION_FAILED,
                "the document has no operation named " + operationName + (operations.stream()
                        .anyMatch(operation -> operation.name() != null) ? "" : " (its operation has no name)")));
    }

    private static Optional<String> excess(Cost cost, Limits limits) {
        if (cost.width() > limits.maxRootFields()) {
            return Optional.of("an operation asks for " + cost.width() + " root fields (aliases count one by one),"
                    + " at most " + limits.maxRootFields() + " are allowed");
        }
        if (cost.depth() > limits.maxDepth()) {
            return Optional.of("an operation is " + cost.depth() + " levels deep, at most " + limits.maxDepth()
                    + " are allowed");
        }
        if (cost.fields() > limits.maxFields()) {
            return Optional.of("an operation asks for " + cost.fields() + " fields, at most " + limits.maxFields()
                    + " are allowed");
        }
        if (cost.introspectionDepth() > limits.maxIntrospectionDepth()) {
            return Optional.of("an introspection query is " + cost.introspectionDepth() + " levels deep, at most "
                    + limits.maxIntrospectionDepth() + " are allowed");
        }
        if (cost.introspectionFanOut() > 1) {
            return Optional.of("an introspection query asks for the fields, inputFields, interfaces, possibleTypes or"
                    + " enumValues of a type inside another's");
        }
        return Optional.empty();
    }

    private static ApiError tooComplex(String why) {
        return new ApiError(ApiError.Code.QUERY_TOO_COMPLEX, "the document asks for too much: " + why);
    }

    private static ApiError invalid(String why) {
        return new ApiError(ApiError.Code.GRAPHQL_VALIDATION_FAILED, why);
    }

    // --- the document, as far as the limits need it ---------------------------------------------

    private sealed interface Selection {
    }

    /** A field; {@code children} is empty for a leaf. */
    private record Field(String name, List<Selection> children) implements Selection {
    }

    private record Spread(String fragment) implements Selection {
    }

    private record Inline(List<Selection> children) implements Selection {
    }

    /** An operation; {@code name} is null for an anonymous one. */
    private record Operation(String name, List<Selection> selections) {
    }

    private record Document(List<Operation> operations, Map<String, List<Selection>> fragments) {
    }

    /** The document is not GraphQL; the message says where. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private static final class TooComplex extends RuntimeException {
        TooComplex(String message) {
            super(message, null, false, false);
        }
    }

    // --- measuring --------------------------------------------------------------------------------

    /**
     * What a selection set costs: {@code width} fields at its own level (fragments flattened),
     * {@code depth} and {@code fields} outside introspection, and inside it its depth and how many
     * fan-out fields one path holds. {@code rawDepth} and {@code fanOut} measure every field, so that an
     * introspection root can take them from its children.
     */
    private record Cost(long width, long depth, long fields, long rawDepth, long fanOut, long introspectionDepth,
                        long introspectionFanOut) {
        static final Cost NOTHING = new Cost(0, 0, 0, 0, 0, 0, 0);
    }

    /** Costs with each fragment measured once, so spreading one many times costs no more time. */
    private static final class Costs {

        private final Map<String, List<Selection>> fragments;
        private final Map<String, Cost> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();

        Costs(Map<String, List<Selection>> fragments) {
            this.fragments = fragments;
        }

        Cost of(List<Selection> selections) {
            long width = 0;
            long depth = 0;
            long fields = 0;
            long rawDepth = 0;
            long fanOut = 0;
            long introspectionDepth = 0;
            long introspectionFanOut = 0;
            for (Selection selection : selections) {
                Cost part;
                if (selection instanceof Field field) {
                    Cost children = of(field.children());
                    boolean introspection = INTROSPECTION_ROOTS.contains(field.name());
                    long ownFanOut = INTROSPECTION_FAN_OUT.contains(field.name()) ? 1 : 0;
                    part = new Cost(1,
                            introspection ? 1 : 1 + children.depth(),
                            introspection ? 1 : plus(1, children.fields()),
                            1 + children.rawDepth(),
                            ownFanOut + children.fanOut(),
                            introspection ? Math.max(1 + children.rawDepth(), children.introspectionDepth())
                                    : children.introspectionDepth(),
                            introspection ? Math.max(children.fanOut(), children.introspectionFanOut())
                                    : children.introspectionFanOut());
                } else if (selection instanceof Inline inline) {
                    part = of(inline.children());
                } else {
                    part = fragment(((Spread) selection).fragment());
                }
                width = plus(width, part.width());
                depth = Math.max(depth, part.depth());
                fields = plus(fields, part.fields());
                rawDepth = Math.max(rawDepth, part.rawDepth());
                fanOut = Math.max(fanOut, part.fanOut());
                introspectionDepth = Math.max(introspectionDepth, part.introspectionDepth());
                introspectionFanOut = Math.max(introspectionFanOut, part.introspectionFanOut());
            }
            return new Cost(width, depth, fields, rawDepth, fanOut, introspectionDepth, introspectionFanOut);
        }

        /** An unknown fragment costs nothing here: the engine refuses the document for it. */
        private Cost fragment(String name) {
            Cost known = measured.get(name);
            if (known != null) {
                return known;
            }
            List<Selection> selections = fragments.get(name);
            if (selections == null) {
                return Cost.NOTHING;
            }
            if (!measuring.add(name)) {
                throw new TooComplex("fragment " + name + " spreads itself, which has no end");
            }
            Cost cost = of(selections);
            measuring.remove(name);
            measured.put(name, cost);
            return cost;
        }

        /** Fragments spread twice per level double per level: saturate instead of overflowing. */
        private static long plus(long a, long b) {
            long sum = a + b;
            return sum < 0 || sum > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : sum;
        }
    }

    // --- reading (GraphQL, October 2021, §2 and the lexical grammar of appendix B) ----------------

    private enum Kind { PUNCTUATOR, NAME, NUMBER, STRING, END }

    private record Token(Kind kind, String text, int line, int column) {
        boolean is(String punctuator) {
            return kind == Kind.PUNCTUATOR && text.equals(punctuator);
        }

        boolean isName(String name) {
            return kind == Kind.NAME && text.equals(name);
        }

        @Override
        public String toString() {
            return (kind == Kind.END ? "the end" : "'" + text + "'") + " at line " + line + ", column " + column;
        }
    }

    private static final class Lexer {

        private final String source;
        private int at;
        private int line = 1;
        private int lineStart;

        Lexer(String source) {
            this.source = source;
        }

        Token next() {
            skipIgnored();
            int column = at - lineStart + 1;
            if (at >= source.length()) {
                return new Token(Kind.END, "", line, column);
            }
            char c = source.charAt(at);
            if (c == '.') {
                if (source.startsWith("...", at)) {
                    at += 3;
                    return new Token(Kind.PUNCTUATOR, "...", line, column);
                }
                throw new Unreadable("a lone '.' at line " + line + ", column " + column);
            }
            if ("!$&():=@[]{}|".indexOf(c) >= 0) {
                at++;
                return new Token(Kind.PUNCTUATOR, String.valueOf(c), line, column);
            }
            if (c == '_' || Character.isLetter(c) && c < 128) {
                int start = at;
                while (at < source.length() && isNameChar(source.charAt(at))) {
                    at++;
                }
                return new Token(Kind.NAME, source.substring(start, at), line, column);
            }
            if (c == '-' || c >= '0' && c <= '9') {
                return number(column);
            }
            if (c == '"') {
                return string(column);
            }
            throw new Unreadable("unexpected character '" + c + "' at line " + line + ", column " + column);
        }

        private static boolean isNameChar(char c) {
            return c == '_' || c < 128 && Character.isLetterOrDigit(c);
        }

        private void skipIgnored() {
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\n' || c == '\r') {
                    newLine();
                } else if (c == ' ' || c == '\t' || c == ',' || c == '\uFEFF') {
                    at++;
                } else if (c == '#') {
                    while (at < source.length() && source.charAt(at) != '\n' && source.charAt(at) != '\r') {
                        at++;
                    }
                } else {
                    return;
                }
            }
        }

        /** Past one line terminator: \n, \r or \r\n. */
        private void newLine() {
            if (source.charAt(at) == '\r' && at + 1 < source.length() && source.charAt(at + 1) == '\n') {
                at++;
            }
            at++;
            line++;
            lineStart = at;
        }

        private Token number(int column) {
            int start = at;
            if (source.charAt(at) == '-') {
                at++;
            }
            int digits = digits();
            if (digits == 0) {
                throw new Unreadable("a number without digits at line " + line + ", column " + column);
            }
            if (at < source.length() && source.charAt(at) == '.') {
                at++;
                if (digits() == 0) {
                    throw new Unreadable("a number without fraction digits at line " + line + ", column " + column);
                }
            }
            if (at < source.length() && (source.charAt(at) == 'e' || source.charAt(at) == 'E')) {
                at++;
                if (at < source.length() && (source.charAt(at) == '+' || source.charAt(at) == '-')) {
                    at++;
                }
                if (digits() == 0) {
                    throw new Unreadable("a number without exponent digits at line " + line + ", column " + column);
                }
            }
            return new Token(Kind.NUMBER, source.substring(start, at), line, column);
        }

        private int digits() {
            int start = at;
            while (at < source.length() && source.charAt(at) >= '0' && source.charAt(at) <= '9') {
                at++;
            }
            return at - start;
        }

        /** A string or a block string; only where it ends matters here, not its value. */
        private Token string(int column) {
            int startLine = line;
            if (source.startsWith("\"\"\"", at)) {
                at += 3;
                while (at < source.length()) {
                    if (source.startsWith("\\\"\"\"", at)) {
                        at += 4;
                    } else if (source.startsWith("\"\"\"", at)) {
                        at += 3;
                        return new Token(Kind.STRING, "\"\"\"", startLine, column);
                    } else if (source.charAt(at) == '\n' || source.charAt(at) == '\r') {
                        newLine();
                    } else {
                        at++;
                    }
                }
                throw new Unreadable("a block string that never ends, from line " + startLine + ", column " + column);
            }
            at++;
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\\') {
                    at += 2;
                } else if (c == '"') {
                    at++;
                    return new Token(Kind.STRING, "\"", startLine, column);
                } else if (c == '\n' || c == '\r') {
                    break;
                } else {
                    at++;
                }
            }
            throw new Unreadable("a string that does not end on its line, at line " + startLine + ", column " + column);
        }
    }

    /** Recursive descent over the executable definitions; type system definitions are not for a request. */
    private static final class Parser {

        private final Lexer lexer;
        private Token token;
        private int nesting;
        /** The name of every field the document holds, in any operation or fragment (aliases resolved). */
        final Set<String> fieldNames = new HashSet<>();

        Parser(String source) {
            lexer = new Lexer(source);
            token = lexer.next();
        }

        Document document() {
            List<Operation> operations = new ArrayList<>();
            Map<String, List<Selection>> fragments = new HashMap<>();
            do {
                if (token.is("{")) {
                    operations.add(new Operation(null, selectionSet()));
                } else if (token.isName("query") || token.isName("mutation") || token.isName("subscription")) {
                    advance();
                    String name = token.kind() == Kind.NAME ? name() : null;
                    if (token.is("(")) {
                        variableDefinitions();
                    }
                    directives();
                    operations.add(new Operation(name, selectionSet()));
                } else if (token.isName("fragment")) {
                    advance();
                    if (token.isName("on")) {
                        throw unexpected("a fragment name");
                    }
                    String name = name();
                    expectName("on");
                    name();
                    directives();
                    fragments.put(name, selectionSet());
                } else {
                    throw unexpected("a query, mutation, subscription or fragment");
                }
            } while (token.kind() != Kind.END);
            return new Document(operations, fragments);
        }

        private List<Selection> selectionSet() {
            expect("{");
            deeper();
            List<Selection> selections = new ArrayList<>();
            do {
                selections.add(selection());
            } while (!token.is("}"));
            advance();
            nesting--;
            return selections;
        }

        private Selection selection() {
            if (token.is("...")) {
                advance();
                if (token.kind() == Kind.NAME && !token.isName("on")) {
                    String fragment = name();
                    directives();
                    return new Spread(fragment);
                }
                if (token.isName("on")) {
                    advance();
                    name();
                }
                directives();
                return new Inline(selectionSet());
            }
            String name = name();
            if (token.is(":")) {
                advance();
                name = name();
            }
            if (token.is("(")) {
                arguments();
            }
            directives();
            fieldNames.add(name);
            return new Field(name, token.is("{") ? selectionSet() : List.of());
        }

        private void arguments() {
            expect("(");
            do {
                name();
                expect(":");
                value();
            } while (!token.is(")"));
            advance();
        }

        private void directives() {
            while (token.is("@")) {
                advance();
                name();
                if (token.is("(")) {
                    arguments();
                }
            }
        }

        private void variableDefinitions() {
            expect("(");
            do {
                expect("$");
                name();
                expect(":");
                type();
                if (token.is("=")) {
                    advance();
                    value();
                }
                directives();
            } while (!token.is(")"));
            advance();
        }

        private void type() {
            if (token.is("[")) {
                advance();
                deeper();
                type();
                expect("]");
                nesting--;
            } else {
                name();
            }
            if (token.is("!")) {
                advance();
            }
        }

        private void value() {
            if (token.is("$")) {
                advance();
                name();
            } else if (token.kind() == Kind.NUMBER || token.kind() == Kind.STRING || token.kind() == Kind.NAME) {
                advance();
            } else if (token.is("[")) {
                advance();
                deeper();
                while (!token.is("]")) {
                    value();
                }
                advance();
                nesting--;
            } else if (token.is("{")) {
                advance();
                deeper();
                while (!token.is("}")) {
                    name();
                    expect(":");
                    value();
                }
                advance();
                nesting--;
            } else {
                throw unexpected("a value");
            }
        }

        private void deeper() {
            if (++nesting > MAX_NESTING) {
                throw new TooComplex("it is nested more than " + MAX_NESTING + " levels deep");
            }
        }

        private String name() {
            if (token.kind() != Kind.NAME) {
                throw unexpected("a name");
            }
            String name = token.text();
            advance();
            return name;
        }

        private void expect(String punctuator) {
            if (!token.is(punctuator)) {
                throw unexpected("'" + punctuator + "'");
            }
            advance();
        }

        private void expectName(String name) {
            if (!token.isName(name)) {
                throw unexpected("'" + name + "'");
            }
            advance();
        }

        private void advance() {
            token = lexer.next();
        }

        private Unreadable unexpected(String expected) {
            return new Unreadable("expected " + expected + ", found " + token);
        }
    }
}
