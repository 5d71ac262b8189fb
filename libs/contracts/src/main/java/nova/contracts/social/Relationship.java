package nova.contracts.social;

import java.util.UUID;

/**
 * How the caller stands with another member ({@code userId}, "the other"): whether the caller follows them,
 * has a follow request pending with them (a locked account), is followed by them, blocks them, mutes them.
 * A block removes follows and requests both ways, so {@code blocking} never comes with {@code following},
 * {@code requested} or {@code followedBy}.
 */
public record Relationship(UUID userId, boolean following, boolean requested, boolean followedBy, boolean blocking,
                           boolean muting) {
}
