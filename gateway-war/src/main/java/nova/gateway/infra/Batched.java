package nova.gateway.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The gateway's one batching mechanism: what one GraphQL request has learnt of one kind of answer by id (profiles,
 * media, linked posts, engagement, counts, relationships), so that a field resolved one object at a time costs one
 * downstream call for every object of the response, not one per object. The first field that needs an id not
 * asked yet fetches it together with every id the request already knows it will need ({@code alsoWanted}: e.g. the
 * authors of every post answered so far), at most {@code maxIds} a call; every later field finds its answer here.
 * Each id is asked at most once per request. A failed fetch is remembered: the other fields of the same kind fail
 * with the same error without calling a context that is down again (the ids answered before stay answered).
 *
 * <p>One instance per kind per request: held by the request's {@link Requester#shared} state or a request-scoped
 * bean. Why not the engine's {@code @Source List<...>} batch resolvers: Liberty 26.0.0.3 builds SmallRye GraphQL's
 * {@code ExecutionService} without the schema's batch operations (its {@code GraphQLServletContainerInitializer}
 * passes {@code null}), so no DataLoader is ever registered and every batch field fails in the engine's
 * {@code BatchDataFetcher} with a NullPointerException before the resolver runs (README, "Batching").
 *
 * @param <T> the answer; {@code idOf} names the id it answers
 */
public final class Batched<T> {

    private final Function<T, UUID> idOf;
    private final int maxIds;
    private final Map<UUID, T> answers = new HashMap<>();
    private final Set<UUID> asked = new HashSet<>();
    private RuntimeException failure;

    public Batched(Function<T, UUID> idOf, int maxIds) {
        this.idOf = idOf;
        this.maxIds = maxIds;
    }

    /**
     * The answer for {@code id} (null for a null id, or one the context did not answer for), fetched with every id
     * of {@code alsoWanted} not asked yet when it is not known.
     */
    public synchronized T get(UUID id, Supplier<? extends Collection<UUID>> alsoWanted, Function<List<UUID>, List<T>> fetch) {
        if (id == null) {
            return null;
        }
        if (!asked.contains(id)) {
            Set<UUID> missing = new LinkedHashSet<>();
            missing.add(id);
            alsoWanted.get().stream().filter(Objects::nonNull).filter(w -> !asked.contains(w)).forEach(missing::add);
            fetch(missing, fetch);
        }
        return answers.get(id);
    }

    /** The answers for {@code ids}, in their order (null where there is none), fetching those not asked yet together. */
    public synchronized List<T> getAll(List<UUID> ids, Function<List<UUID>, List<T>> fetch) {
        Set<UUID> missing = new LinkedHashSet<>();
        ids.stream().filter(Objects::nonNull).filter(id -> !asked.contains(id)).forEach(missing::add);
        if (!missing.isEmpty()) {
            fetch(missing, fetch);
        }
        List<T> result = new ArrayList<>(ids.size());
        ids.forEach(id -> result.add(id == null ? null : answers.get(id)));
        return result;
    }

    private void fetch(Set<UUID> missing, Function<List<UUID>, List<T>> fetch) {
        if (failure != null) {
            throw failure;
        }
        List<UUID> all = List.copyOf(missing);
        for (int from = 0; from < all.size(); from += maxIds) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + maxIds));
            List<T> fetched;
            try {
                fetched = fetch.apply(chunk);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            for (T answer : fetched) {
                answers.put(idOf.apply(answer), answer);
            }
            asked.addAll(chunk);
        }
    }
}
