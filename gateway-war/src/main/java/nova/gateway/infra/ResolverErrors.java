package nova.gateway.infra;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Around every resolver: an {@link ApiError} is noted for the response; anything else is a gateway
 * bug, logged with a reference and answered as {@code INTERNAL} carrying that reference only.
 */
@ReportsErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ResolverErrors {

    private static final Logger LOG = Logger.getLogger(ResolverErrors.class.getName());

    @Inject
    ThrownErrors thrown;

    @AroundInvoke
    Object report(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (ApiError error) {
            thrown.add(error);
            throw error;
        } catch (RuntimeException bug) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Resolver " + call.getMethod().getName() + " failed, reference " + reference, bug);
            ApiError internal = ApiError.internal(reference);
            thrown.add(internal);
            throw internal;
        }
    }
}
