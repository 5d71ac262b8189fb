package nova.gateway.infra;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one decorated client bean of a context: whatever fails in a call, after Fault Tolerance
 * has done its part, reaches GraphQL as {@code UNAVAILABLE} naming the context ({@link ContextFailures}).
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContextClient {

    /** The context's name as clients read it: "the {value} service is unavailable". */
    @Nonbinding
    String value();
}
