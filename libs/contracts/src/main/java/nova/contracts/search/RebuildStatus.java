package nova.contracts.search;

import java.time.Instant;

/**
 * A rebuild of the projection: {@code generation} is the projection being built (or last built),
 * {@code state} {@code building} (replaying the topics while the previous generation serves), {@code done}
 * (swapped in: it serves now) or {@code failed}; {@code serving} the generation that answers searches now.
 * {@code replayed} counts the events replayed so far, {@code caughtUp} the live events applied after the replay.
 */
public record RebuildStatus(long generation, String state, long serving, long replayed, long caughtUp,
                            Instant startedAt, Instant finishedAt) {
}
