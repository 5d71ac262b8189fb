package nova.search.rebuild;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nova.contracts.search.RebuildStatus;

/** One rebuild ({@code search_rebuilds}): the generation it fills, how far it got, where its replay stops. */
@Entity
@Table(name = "search_rebuilds")
public class Rebuild {

    static final String BUILDING = "building";
    static final String DONE = "done";
    static final String FAILED = "failed";

    @Id
    private long generation;

    @Column(nullable = false)
    private String state;

    /** {@code topic/partition=offset} lines: the replay reads each partition up to (not including) that offset */
    @Column(name = "end_offsets")
    private String endOffsets;

    @Column(nullable = false)
    private long replayed;

    @Column(name = "caught_up", nullable = false)
    private long caughtUp;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String error;

    protected Rebuild() {
    }

    Rebuild(long generation, Instant startedAt) {
        this.generation = generation;
        this.state = BUILDING;
        this.startedAt = startedAt;
    }

    long generation() {
        return generation;
    }

    boolean building() {
        return BUILDING.equals(state);
    }

    void replayUpTo(Map<String, Long> ends) {
        StringBuilder text = new StringBuilder();
        ends.forEach((partition, offset) -> text.append(partition).append('=').append(offset).append('\n'));
        this.endOffsets = text.toString();
    }

    Map<String, Long> endOffsets() {
        Map<String, Long> ends = new HashMap<>();
        if (endOffsets != null) {
            endOffsets.lines().filter(l -> !l.isBlank()).forEach(l -> {
                int split = l.lastIndexOf('=');
                ends.put(l.substring(0, split), Long.parseLong(l.substring(split + 1)));
            });
        }
        return ends;
    }

    void replayed(long events) {
        replayed += events;
    }

    void caughtUp(long events) {
        caughtUp += events;
    }

    void done(Instant at) {
        state = DONE;
        finishedAt = at;
    }

    void failed(String why, Instant at) {
        state = FAILED;
        error = why;
        finishedAt = at;
    }

    RebuildStatus status(long serving) {
        return new RebuildStatus(generation, state, serving, replayed, caughtUp, startedAt, finishedAt);
    }
}
