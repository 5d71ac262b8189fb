package nova.gateway.infra;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Around a {@link ContextClient} bean and outside its Fault Tolerance (a lower priority runs first):
 * a context's refusal ({@link ApiError}) passes as it is; anything else — connection refused, 5xx,
 * timeout, open circuit, full bulkhead — becomes {@code UNAVAILABLE} with a human message. The cause
 * goes to the log, never to the client.
 */
@ContextClient("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ContextFailures {

    private static final Logger LOG = Logger.getLogger(ContextFailures.class.getName());

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (ApiError refused) {
            throw refused;
        } catch (RuntimeException failure) {
            String context = call.getMethod().getDeclaringClass().getAnnotation(ContextClient.class).value();
            LOG.log(Level.WARNING, "{0} call {1} failed: {2}",
                    new Object[] {context, call.getMethod().getName(), failure.toString()});
            throw ApiError.unavailable(context);
        }
    }
}
