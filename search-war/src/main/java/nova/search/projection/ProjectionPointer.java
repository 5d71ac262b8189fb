package nova.search.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that says which generation serves and which one a rebuild fills ({@code search_projection}).
 * Live consumers hold it shared for their transaction; a rebuild's start and its swap hold it exclusively, so a
 * live event is either in the backlog of the generation being built, or applied after the swap to the new one.
 */
@Entity
@Table(name = "search_projection")
public class ProjectionPointer {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long serving;

    private Long building;

    protected ProjectionPointer() {
    }

    public long serving() {
        return serving;
    }

    public Long building() {
        return building;
    }

    /** A rebuild begins to fill {@code generation}. */
    public void startBuilding(long generation) {
        if (building != null) {
            throw new IllegalStateException("generation " + building + " is being built");
        }
        this.building = generation;
    }

    /** The generation being built serves from now on. */
    public long swap() {
        long retired = serving;
        serving = building;
        building = null;
        return retired;
    }

    /** The rebuild gave up: nothing is being built. */
    public void abandon() {
        building = null;
    }
}
