package nova.content.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nova.contracts.content.ContentVersion;

/** The edit history of every item: kept in the transaction of the change, read oldest first. */
@ApplicationScoped
public class Versions {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(StoredVersion version) {
        entityManager.persist(version);
    }

    /** Every version of the item, oldest first (the current one last). */
    public List<ContentVersion> of(String itemType, UUID itemId) {
        return entityManager.createQuery("""
                        SELECT v FROM StoredVersion v WHERE v.id.itemType = :type AND v.id.itemId = :id
                        ORDER BY v.id.version""", StoredVersion.class)
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .getResultList().stream().map(StoredVersion::view).toList();
    }

    /** Forgets an item's history (a deleted item keeps no text anywhere). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String itemType, UUID itemId) {
        entityManager.createQuery("DELETE FROM StoredVersion v WHERE v.id.itemType = :type AND v.id.itemId = :id")
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .executeUpdate();
    }
}
