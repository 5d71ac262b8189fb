package nova.social.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.social.Account;
import nova.contracts.social.AccountPage;
import nova.contracts.social.MemberAccounts;
import nova.contracts.social.Relationship;
import nova.contracts.social.RelationshipCounts;
import nova.social.infra.PageRequest;
import nova.social.infra.Refusals;
import nova.social.member.Member;
import nova.social.member.Members;
import nova.social.relationship.Tie.Kind;

/** What members read about relationships: how they stand with others, lists of followers, followings and requests, counts. */
@ApplicationScoped
public class RelationshipQueries {

    @Inject
    Ties ties;

    @Inject
    Members members;

    public Relationship between(UUID me, UUID other) {
        return between(me, List.of(other)).get(0);
    }

    /** How {@code me} stands with each of {@code others}, in the order given. */
    public List<Relationship> between(UUID me, List<UUID> others) {
        List<Tie> found = others.isEmpty() ? List.of() : ties.between(me, others);
        List<Relationship> answer = new ArrayList<>(others.size());
        for (UUID other : others) {
            answer.add(of(me, other, found));
        }
        return answer;
    }

    static Relationship of(UUID me, UUID other, Collection<Tie> ties) {
        boolean following = false;
        boolean requested = false;
        boolean followedBy = false;
        boolean blocking = false;
        boolean muting = false;
        for (Tie tie : ties) {
            if (tie.sourceId().equals(me) && tie.targetId().equals(other)) {
                switch (tie.kind()) {
                    case follow -> following = true;
                    case request -> requested = true;
                    case block -> blocking = true;
                    case mute -> muting = true;
                }
            } else if (tie.sourceId().equals(other) && tie.targetId().equals(me) && tie.kind() == Kind.follow) {
                followedBy = true;
            }
        }
        return new Relationship(other, following, requested, followedBy, blocking, muting);
    }

    /** Pending requests to {@code me}, newest first. */
    public AccountPage requests(UUID me, PageRequest page) {
        return page(ties.towards(me, Kind.request, me, page), Tie::sourceId, page);
    }

    /** Who follows {@code userId}; 404 when either blocks the viewer. */
    public AccountPage followers(UUID viewer, UUID userId, PageRequest page) {
        visible(viewer, userId);
        return page(ties.towards(userId, Kind.follow, viewer, page), Tie::sourceId, page);
    }

    /** Whom {@code userId} follows; 404 when either blocks the viewer. */
    public AccountPage following(UUID viewer, UUID userId, PageRequest page) {
        visible(viewer, userId);
        return page(ties.from(userId, Kind.follow, viewer, page), Tie::targetId, page);
    }

    /**
     * The first page of each of {@code userIds}' followers, as {@link #followers} answers it for one, in the order
     * asked; a member on either side of a block with the viewer (404 there) is left out.
     */
    public List<MemberAccounts> followersOf(UUID viewer, List<UUID> userIds, int limit) {
        return firstPages(true, viewer, userIds, limit);
    }

    /** As {@link #followersOf}, for whom each member follows. */
    public List<MemberAccounts> followingOf(UUID viewer, List<UUID> userIds, int limit) {
        return firstPages(false, viewer, userIds, limit);
    }

    private List<MemberAccounts> firstPages(boolean towards, UUID viewer, List<UUID> userIds, int limit) {
        Set<UUID> blocked = Set.copyOf(ties.blockedEitherWay(viewer, userIds));
        List<UUID> shown = userIds.stream().filter(id -> id.equals(viewer) || !blocked.contains(id)).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Account>> rows = new HashMap<>();
        for (Object[] row : ties.firstOfEach(towards, shown, Kind.follow, viewer, limit + 1)) {
            rows.computeIfAbsent(uuid(row[0]), k -> new ArrayList<>()).add(new Account(uuid(row[1]), instant(row[2])));
        }
        return shown.stream().map(id -> {
            List<Account> page = rows.getOrDefault(id, List.of());
            boolean more = page.size() > limit;
            List<Account> items = more ? page.subList(0, limit) : page;
            String next = null;
            if (more) {
                Account last = items.get(items.size() - 1);
                next = new PageRequest.Position(last.since(), last.userId()).encode();
            }
            return new MemberAccounts(id, items, next);
        }).toList();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof java.sql.Timestamp at) {
            return at.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        throw new IllegalStateException("a timestamptz read as " + value.getClass());
    }

    /** Follower and following counts, in the order asked; zeros for members social does not know. */
    public List<RelationshipCounts> counts(List<UUID> userIds) {
        Map<UUID, Member> found = members.find(userIds).stream()
                .collect(Collectors.toMap(Member::userId, Function.identity()));
        return userIds.stream().map(id -> {
            Member m = found.get(id);
            return new RelationshipCounts(id, m == null ? 0 : m.followers(), m == null ? 0 : m.following());
        }).toList();
    }

    private void visible(UUID viewer, UUID userId) {
        if (!viewer.equals(userId) && ties.blockedEitherWay(viewer, userId)) {
            throw Refusals.notFound("There is no user " + userId + ".");
        }
    }

    private static AccountPage page(List<Tie> rows, Function<Tie, UUID> other, PageRequest page) {
        boolean more = rows.size() > page.limit();
        List<Tie> items = more ? rows.subList(0, page.limit()) : rows;
        String next = null;
        if (more) {
            Tie last = items.get(items.size() - 1);
            next = new PageRequest.Position(last.createdAt(), other.apply(last)).encode();
        }
        return new AccountPage(items.stream().map(t -> new Account(other.apply(t), t.createdAt())).toList(), next);
    }
}
