package nova.content.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One transaction around a piece of work, for services that first ask other contexts (outside any transaction:
 * a slow neighbour never holds a connection or a row lock) and then write everything in one go.
 */
@ApplicationScoped
public class Transactions {

    @Transactional
    public <T> T inOne(Supplier<T> work) {
        return work.get();
    }
}
