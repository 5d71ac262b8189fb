package nova.gateway.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a batched field asks another context once for a whole response: the distinct keys of every element, in
 * chunks of at most {@code max} (the contexts' batch bound), answered back in the elements' order, {@code null}
 * where the context left a key out (unknown, or not for this caller). Pure: the resolvers hand it the call.
 */
final class Batches {

    private Batches() {
    }

    /**
     * @param keys  one key per element, null for an element that needs nothing
     * @param fetch one call for up to {@code max} distinct keys, answering the values it has
     * @param keyOf the key a value answers
     */
    static <K, V> List<V> resolve(List<K> keys, int max, Function<List<K>, List<V>> fetch, Function<V, K> keyOf) {
        Map<K, V> found = fetchAll(keys, max, fetch, keyOf);
        List<V> answer = new ArrayList<>(keys.size());
        for (K key : keys) {
            answer.add(key == null ? null : found.get(key));
        }
        return answer;
    }

    /** As {@link #resolve}, for elements that each need several keys (a post's media): one list per element. */
    static <K, V> List<List<V>> resolveAll(List<List<K>> keys, int max, Function<List<K>, List<V>> fetch,
                                           Function<V, K> keyOf) {
        List<K> flat = keys.stream().filter(Objects::nonNull).flatMap(List::stream).toList();
        Map<K, V> found = fetchAll(flat, max, fetch, keyOf);
        List<List<V>> answer = new ArrayList<>(keys.size());
        for (List<K> some : keys) {
            answer.add(some == null ? List.of() : some.stream().map(found::get).filter(Objects::nonNull).toList());
        }
        return answer;
    }

    private static <K, V> Map<K, V> fetchAll(List<K> keys, int max, Function<List<K>, List<V>> fetch,
                                             Function<V, K> keyOf) {
        List<K> distinct = List.copyOf(new LinkedHashSet<>(keys.stream().filter(Objects::nonNull).toList()));
        Map<K, V> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += max) {
            for (V value : fetch.apply(distinct.subList(from, Math.min(distinct.size(), from + max)))) {
                found.put(keyOf.apply(value), value);
            }
        }
        return found;
    }
}
