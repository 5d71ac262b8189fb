package nova.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.util.UUID;
import nova.platform.persistence.ContextDatabase;

/** The {@link Inbox} inside the server: each event in its own JTA transaction, which JPA joins too. */
@ApplicationScoped
public class JtaInbox implements Inbox {

    @Inject
    ContextDatabase database;

    @Inject
    Outbox outbox;

    @Override
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean once(String consumer, UUID eventId, Effect effect) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            if (!Inbox.claim(connection, consumer, eventId)) {
                return false;
            }
            effect.apply(connection);
            return true;
        }
    }

    @Override
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void deadLetter(OutboxEntry deadLetter) {
        outbox.write(deadLetter);
    }
}
