package nova.communication.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.SettingsUpdated;
import nova.platform.persistence.DatabaseTime;

/**
 * The members as communication knows them: each event applied in the caller's transaction (the inbox's), the row
 * made by whichever of a member's events comes first. One member's events on one topic arrive in order; events of
 * two topics may race to make the row, and the loser's insert fails and is retried by the inbox.
 */
@ApplicationScoped
public class Members {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    public Optional<Member> find(UUID userId) {
        return Optional.ofNullable(entityManager.find(Member.class, userId));
    }

    /** The known ones among {@code userIds}, by id. */
    public Map<UUID, Member> find(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<Member> found = entityManager.createQuery("SELECT m FROM Member m WHERE m.userId IN :ids", Member.class)
                .setParameter("ids", userIds).getResultList();
        return found.stream().collect(Collectors.toMap(Member::userId, Function.identity()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(UUID userId, String username, String email) {
        Instant now = DatabaseTime.now();
        Member member = lockOrCreate(userId, now);
        if (!member.isDeleted()) {
            member.registered(username, email, now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void proved(UUID userId, String email) {
        Instant now = DatabaseTime.now();
        Member member = lockOrCreate(userId, now);
        if (!member.isDeleted()) {
            member.proved(email, now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void profileCreated(ProfileCreated created) {
        Instant now = DatabaseTime.now();
        Member member = lockOrCreate(created.userId(), now);
        if (!member.isDeleted()) {
            member.named(created.username(), created.displayName(), created.locale(), now);
            member.emailChoices(created.emails(), now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void profileUpdated(ProfileUpdated updated) {
        Instant now = DatabaseTime.now();
        Member member = lockOrCreate(updated.userId(), now);
        if (!member.isDeleted()) {
            member.named(updated.username(), updated.displayName(), updated.locale(), now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void settingsUpdated(SettingsUpdated updated) {
        Instant now = DatabaseTime.now();
        Member member = lockOrCreate(updated.userId(), now);
        if (!member.isDeleted()) {
            member.settings(updated.messagePolicy(), updated.notifications(), updated.emails(), now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(UUID userId) {
        Instant now = DatabaseTime.now();
        lockOrCreate(userId, now).deleted(now);
    }

    private Member lockOrCreate(UUID userId, Instant now) {
        Member member = entityManager.find(Member.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            member = Member.known(userId, now);
            entityManager.persist(member);
        }
        return member;
    }
}
