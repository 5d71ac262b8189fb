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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** Ids a {@link #prefetch} is fetching now, with what completes once its answers (or failure) are recorded. */
    private final Map<UUID, Ahead> inFlight = new HashMap<>();
    private RuntimeException failure;

    public Batched(Function<T, UUID> idOf, int maxIds) {
        this.idOf = idOf;
        this.maxIds = maxIds;
    }

    /**
     * The answer for {@code id} (null for a null id, or one the context did not answer for), fetched with every id
     * of {@code alsoWanted} not asked yet when it is not known.
     */
    public T get(UUID id, Supplier<? extends Collection<UUID>> alsoWanted, Function<List<UUID>, List<T>> fetch) {
        if (id == null) {
            return null;
        }
        awaitInFlight(List.of(id));
        synchronized (this) {
            if (!asked.contains(id)) {
                Set<UUID> missing = new LinkedHashSet<>();
                missing.add(id);
                alsoWanted.get().stream().filter(Objects::nonNull).filter(w -> !asked.contains(w))
                        .filter(w -> !inFlight.containsKey(w)).forEach(missing::add);
                fetch(missing, fetch);
            }
            return answers.get(id);
        }
    }

    /**
     * Starts fetching those of {@code ids} not asked yet on another thread ({@code async} runs the work there and
     * answers its result), one call per {@code maxIds}: a resolver that knows which fields the document asks for
     * starts the calls they will need side by side, instead of each waiting for the one before. A later
     * {@link #get} or {@link #getAll} of one of them waits for that call instead of asking again; a failed one is
     * remembered as a failed fetch is. A field never waits for a call that has not begun: if the other thread has
     * not started it yet (the server's executor busy with other requests, or refusing the work), the field makes the
     * call itself on its own thread and the other thread, when it comes, finds nothing left to do. So a request
     * thread blocked on work queued behind other blocked request threads cannot happen, and a wait is bounded by a
     * running call's own timeout.
     */
    public synchronized void prefetch(Collection<UUID> ids, Function<List<UUID>, List<T>> fetch,
                                      Function<Supplier<List<T>>, CompletionStage<List<T>>> async) {
        if (failure != null) {
            return;
        }
        List<UUID> missing = ids.stream().filter(Objects::nonNull).distinct()
                .filter(id -> !asked.contains(id) && !inFlight.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += maxIds) {
            Ahead ahead = new Ahead(List.copyOf(missing.subList(from, Math.min(missing.size(), from + maxIds))), fetch);
            ahead.ids.forEach(id -> inFlight.put(id, ahead));
            try {
                async.apply(() -> {
                    ahead.runUnlessStarted();
                    return List.of();
                });
            } catch (RuntimeException refused) {
                // not started: the first field that needs one of its ids makes the call itself
            }
        }
    }

    /** One call a {@link #prefetch} started: made once, by the other thread or by the first field that needs it. */
    private final class Ahead {

        final List<UUID> ids;
        final Function<List<UUID>, List<T>> fetch;
        final AtomicBoolean started = new AtomicBoolean();
        final CompletableFuture<Void> settled = new CompletableFuture<>();

        Ahead(List<UUID> ids, Function<List<UUID>, List<T>> fetch) {
            this.ids = ids;
            this.fetch = fetch;
        }

        /** Makes the call and records its answers (or failure), unless another thread has begun it. */
        void runUnlessStarted() {
            if (!started.compareAndSet(false, true)) {
                return;
            }
            try {
                settle(ids, fetch.apply(ids), null);
            } catch (RuntimeException e) {
                settle(ids, null, e);
            } finally {
                settled.complete(null);
            }
        }
    }

    private synchronized void settle(List<UUID> chunk, List<T> fetched, Throwable error) {
        chunk.forEach(inFlight::remove);
        if (error != null) {
            failure = unwrapped(error);
            return;
        }
        for (T answer : fetched) {
            answers.put(idOf.apply(answer), answer);
        }
        asked.addAll(chunk);
    }

    /** The failure itself, not the wrappers an asynchronous call puts around it. */
    static RuntimeException unwrapped(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    /**
     * Waits, without holding this object's lock (the call records its answers under it), for prefetches of {@code ids}:
     * one not begun yet is made here, on this thread; one under way is waited for.
     */
    private void awaitInFlight(Collection<UUID> ids) {
        List<Ahead> pending = new ArrayList<>();
        synchronized (this) {
            if (inFlight.isEmpty()) {
                return;
            }
            ids.stream().map(inFlight::get).filter(Objects::nonNull).distinct().forEach(pending::add);
        }
        for (Ahead ahead : pending) {
            ahead.runUnlessStarted();
            ahead.settled.join();
        }
    }

    /** The answers for {@code ids}, in their order (null where there is none), fetching those not asked yet together. */
    public List<T> getAll(List<UUID> ids, Function<List<UUID>, List<T>> fetch) {
        awaitInFlight(ids);
        synchronized (this) {
            return getAllKnownOrFetched(ids, fetch);
        }
    }

    private List<T> getAllKnownOrFetched(List<UUID> ids, Function<List<UUID>, List<T>> fetch) {
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
