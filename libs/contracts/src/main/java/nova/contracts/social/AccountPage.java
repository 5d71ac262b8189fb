package nova.contracts.social;

import java.util.List;

/** One page of accounts, newest first; {@code nextCursor} is null on the last page. */
public record AccountPage(List<Account> items, String nextCursor) {

    public AccountPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
