package nova.contracts.social;

import java.util.List;
import java.util.UUID;

/**
 * The first page of one member's followers (or followings), as {@code GET /users/{userId}/followers} answers it, inside
 * the answer of {@code GET /users/followers?ids=…&limit=n} ({@code /users/following?…}); {@code nextCursor} continues
 * it on the single-member path, null on the last page.
 */
public record MemberAccounts(UUID userId, List<Account> items, String nextCursor) {

    public MemberAccounts {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
