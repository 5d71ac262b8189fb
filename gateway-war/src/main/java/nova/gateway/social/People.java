package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.social.Account;
import nova.contracts.social.AccountPage;
import nova.contracts.user.UserProfile;
import nova.gateway.infra.Paging;
import nova.gateway.profile.UserClient;
import nova.gateway.profile.Profile;

/**
 * A page of accounts from the social context made a page of profiles with one user call ({@code /users?ids=}),
 * in the page's order; an account whose profile is gone (deleted meanwhile) is left out, the cursor kept.
 */
@ApplicationScoped
public class People {

    @Inject
    UserClient users;

    @Inject
    SocialBatch batch;

    /** For a page asked without 'after' (the edges' cursors assume so). */
    ProfileConnection page(String authorization, AccountPage page) {
        return page(authorization, page, Paging.Window.FIRST);
    }

    /** A page fetched through {@link Paging#fetch}, its edges' cursors from its window. */
    ProfileConnection page(String authorization, Paging.Paged<AccountPage> paged) {
        return page(authorization, paged.page(), paged.window());
    }

    private ProfileConnection page(String authorization, AccountPage page, Paging.Window window) {
        Set<UUID> ids = page.items().stream().map(Account::userId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return new ProfileConnection(List.of(), page.nextCursor());
        }
        Map<UUID, UserProfile> found = users.byIds(authorization, ids).stream()
                .collect(Collectors.toMap(UserProfile::id, Function.identity(), (first, again) -> first));
        List<Profile> nodes = ids.stream().map(found::get).filter(Objects::nonNull).map(Profile::new).toList();
        batch.expectPeople(nodes.stream().map(p -> UUID.fromString(p.getId())).toList());
        return new ProfileConnection(nodes, page.nextCursor(), Paging.cursors(window,
                page.items().stream().map(Account::userId).toList(),
                nodes.stream().map(p -> UUID.fromString(p.getId())).toList(), page.nextCursor()));
    }
}
