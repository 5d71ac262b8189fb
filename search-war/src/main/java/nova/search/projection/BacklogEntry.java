package nova.search.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A live event kept for the generation being built ({@code search_backlog}): the rebuild's catch-up applies it
 * there unless its offset is below where the replay stopped (then the replay already did).
 */
@Entity
@Table(name = "search_backlog")
public class BacklogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(nullable = false)
    private long generation;

    @Column(nullable = false)
    private String topic;

    @Column(name = "part", nullable = false)
    private int partition;

    @Column(name = "\"offset\"", nullable = false)
    private long offset;

    @Column(nullable = false)
    private String event;

    protected BacklogEntry() {
    }

    BacklogEntry(long generation, String topic, int partition, long offset, String event) {
        this.generation = generation;
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.event = event;
    }

    public String topic() {
        return topic;
    }

    public int partition() {
        return partition;
    }

    public long offset() {
        return offset;
    }

    public String event() {
        return event;
    }
}
