package nova.gateway.infra;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Relay cursors for every connection, over the contexts' own cursors, which are opaque and per page: a context's
 * {@code nextCursor} says where its page ends, nothing names a position inside it. So each edge's cursor is one of two:
 * <ul>
 * <li>the last edge's is the context's own next cursor (when there is one), so {@code after: endCursor} pages exactly
 * as it always did;</li>
 * <li>every other edge's is a <em>position token</em> of the gateway: {@code ~p1.} + base64url of the position of
 * the edge's item in the list the context answered, and the {@code after} that list was asked with. Given back as
 * {@code after}, the gateway asks the context again with that {@code after} and {@code first + position + 1} (at most
 * {@link #MAX_PAGE}), drops the first {@code position + 1} items and answers with the context's next cursor, so the
 * page starts right after the edge. A page fetched from a position token gives tokens that compose (the dropped
 * items count in the position), so they can be handed back again.</li>
 * </ul>
 * Contexts' cursors are base64url, which never holds {@code ~}; an {@code after} starting with {@code ~p} that does
 * not decode is {@code VALIDATION_FAILED} on {@code after}, without calling anyone. Paging is forward only: a
 * connection's {@code hasPreviousPage} is false, as the Relay spec allows for {@code first}/{@code after} paging.
 */
public final class Paging {

    /** How a position token starts: the {@code 1} is its version, for a later format to tell itself apart. */
    static final String PREFIX = "~p1.";
    private static final String FAMILY = "~p";
    /** What every context answers when {@code first} is left out. */
    public static final int DEFAULT_FIRST = 20;
    /** The most items one page of any context holds. */
    public static final int MAX_PAGE = 100;

    private Paging() {
    }

    /**
     * Where the items of a page sit in the list the context answers for {@code after}: the page's first item is at
     * {@code skip}. {@link #FIRST} is a page asked without {@code after} (or a page whose {@code after} is unknown).
     */
    public record Window(String after, int skip) {

        public static final Window FIRST = new Window(null, 0);

        /** The cursors of {@code count} edges, one per item of the page, in order. */
        public List<String> cursors(int count, String nextCursor) {
            List<Integer> positions = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                positions.add(i);
            }
            return cursors(positions, nextCursor);
        }

        /**
         * The cursors of edges whose items sit at {@code positions} of the page (ascending): a page whose nodes leave
         * out some of the context's items (a post no longer visible, a deleted profile) still points each edge at
         * where its item was. The last edge's is {@code nextCursor} when there is one.
         */
        public List<String> cursors(List<Integer> positions, String nextCursor) {
            List<String> cursors = new ArrayList<>(positions.size());
            for (int i = 0; i < positions.size(); i++) {
                boolean last = i == positions.size() - 1;
                cursors.add(last && nextCursor != null ? nextCursor : token(after, skip + positions.get(i)));
            }
            return List.copyOf(cursors);
        }
    }

    /**
     * The cursors of nodes made from some of a page's items, matched by key: {@code itemKeys} are the page's items'
     * keys in order, {@code nodeKeys} the nodes' (in the same order, some items left out, an item named twice made one
     * node); each node points at the first item with its key after the one before.
     */
    public static <K> List<String> cursors(Window window, List<K> itemKeys, List<K> nodeKeys, String nextCursor) {
        List<Integer> positions = new ArrayList<>(nodeKeys.size());
        int from = 0;
        for (K key : nodeKeys) {
            int at = itemKeys.subList(from, itemKeys.size()).indexOf(key);
            if (at < 0) {
                throw new IllegalArgumentException("a node whose key is not among the page's items: " + key);
            }
            positions.add(from + at);
            from += at + 1;
        }
        return window.cursors(positions, nextCursor);
    }

    /** A context's page (its items after {@code skip} already dropped) and where it sits. */
    public record Paged<P>(P page, Window window) {
    }

    /**
     * A page from the context, however {@code after} came: {@code call} is asked with the context's {@code after}
     * and limit (null: the context's default), {@code items}/{@code next}/{@code make} take a page apart and build
     * the shorter one. {@code first} is passed on as given unless {@code after} is a position token; a {@code first}
     * out of 1-{@value #MAX_PAGE} then goes to the context unchanged, which refuses it as it always did.
     */
    public static <P, T> Paged<P> fetch(Integer first, String after, BiFunction<String, Integer, P> call,
                                        Function<P, List<T>> items, Function<P, String> next,
                                        BiFunction<List<T>, String, P> make) {
        Position position = decode(after);
        if (position == null) {
            return new Paged<>(call.apply(after, first), new Window(after, 0));
        }
        int wanted = first == null ? DEFAULT_FIRST : first;
        if (wanted < 1 || wanted > MAX_PAGE) {
            return new Paged<>(call.apply(position.after(), first), new Window(position.after(), 0));
        }
        int skip = position.index() + 1;
        P page = call.apply(position.after(), Math.min(MAX_PAGE, wanted + skip));
        List<T> all = items.apply(page);
        List<T> kept = all.size() <= skip ? List.of() : all.subList(skip, all.size());
        return new Paged<>(make.apply(List.copyOf(kept), next.apply(page)), new Window(position.after(), skip));
    }

    /** The position token of the item at {@code index} of the list the context answers for {@code after}. */
    static String token(String after, int index) {
        String plain = after == null ? Integer.toString(index) : index + ":" + after;
        return PREFIX + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    record Position(String after, int index) {
    }

    /** The position {@code after} names, null when it is the context's own cursor (or none). */
    static Position decode(String after) {
        if (after == null || !after.startsWith(FAMILY)) {
            return null;
        }
        if (!after.startsWith(PREFIX)) {
            throw malformed();
        }
        String plain;
        try {
            plain = new String(java.util.Base64.getUrlDecoder().decode(after.substring(PREFIX.length())),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        int colon = plain.indexOf(':');
        String number = colon < 0 ? plain : plain.substring(0, colon);
        if (number.isEmpty() || number.length() > 3 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed();
        }
        int index = Integer.parseInt(number);
        if (index >= MAX_PAGE) {
            throw malformed();
        }
        String original = colon < 0 ? null : plain.substring(colon + 1);
        if (original != null && original.startsWith(FAMILY)) {
            throw malformed(); // the gateway never nests its tokens
        }
        return new Position(original, index);
    }

    private static ApiError malformed() {
        return new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                List.of(new ApiError.FieldError("after", "is not a cursor this server gave out")));
    }

    /** A connection's edges: each node with the cursor at its position, in order ({@code cursors} as long as {@code nodes}). */
    public static <N, E> List<E> edges(List<String> cursors, List<N> nodes, BiFunction<String, N, E> edge) {
        List<E> edges = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(edge.apply(cursors.get(i), nodes.get(i)));
        }
        return edges;
    }
}
