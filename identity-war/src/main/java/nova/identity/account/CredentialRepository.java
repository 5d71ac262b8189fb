package nova.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nova.identity.infra.LockedRead;

/** The accounts ({@link Credential}), in the caller's JTA transaction or, outside one, read as they are. */
@ApplicationScoped
public class CredentialRepository {

    /** PostgreSQL's SQLSTATE for a unique index that refused a row. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "identity")
    EntityManager entityManager;

    /** By email (if {@code login} has an {@code @}) or username, ignoring case. */
    public Optional<Credential> findByLogin(String login) {
        return byLogin(login, LockModeType.NONE);
    }

    /**
     * As {@link #findByLogin}, locked until the transaction ends: for a change that must count concurrent
     * requests for one account against each other (a reset mail's hourly limit).
     */
    public Optional<Credential> findByLoginForUpdate(String login) {
        return byLogin(login, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Credential> findById(UUID id) {
        return Optional.ofNullable(entityManager.find(Credential.class, id));
    }

    /**
     * The account, read-locked until the transaction ends: whatever changes its standing or password waits
     * for this transaction, and this one waits for a change already under way. A login opens its session
     * under this lock, so a ban that revokes the account's sessions cannot miss the new one.
     */
    public Optional<Credential> findByIdForShare(UUID id) {
        return LockedRead.find(entityManager, Credential.class, id, LockModeType.PESSIMISTIC_READ);
    }

    /** The account, locked until the transaction ends: for a change of its password, standing or permissions. */
    public Optional<Credential> findByIdForUpdate(UUID id) {
        return LockedRead.find(entityManager, Credential.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Which of {@code email}, {@code username} another account already has (ignoring case): field names. */
    public Set<String> taken(String email, String username) {
        List<Credential> holders = entityManager.createQuery("""
                        SELECT c FROM Credential c
                        WHERE lower(c.email) = lower(:email) OR lower(c.username) = lower(:username)""", Credential.class)
                .setParameter("email", email)
                .setParameter("username", username)
                .getResultList();
        Set<String> fields = new LinkedHashSet<>();
        for (Credential holder : holders) {
            if (holder.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
                fields.add("email");
            }
            if (holder.username().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
                fields.add("username");
            }
        }
        return fields;
    }

    /**
     * {@link #taken} in a transaction of its own: what to tell a registration whose {@link #add} lost a race,
     * once the caller's transaction can only roll back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> takenMeanwhile(String email, String username) {
        return taken(email, username);
    }

    /**
     * Stores a new account, unless its email or username was taken meanwhile by a concurrent registration that
     * committed first (the unique indexes on {@code lower(email)} and {@code lower(username)} decide): then the
     * answer is false and the caller's transaction can only roll back.
     */
    public boolean add(Credential credential) {
        entityManager.persist(credential);
        try {
            entityManager.flush();
            return true;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private Optional<Credential> byLogin(String login, LockModeType lock) {
        String attribute = login.indexOf('@') >= 0 ? "email" : "username";
        return entityManager.createQuery("SELECT c FROM Credential c WHERE lower(c." + attribute + ") = lower(:login)",
                        Credential.class)
                .setParameter("login", login)
                .setLockMode(lock)
                .getResultList().stream().findFirst();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
