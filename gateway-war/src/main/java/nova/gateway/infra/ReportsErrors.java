package nova.gateway.infra;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on every {@code @GraphQLApi} bean: what its resolvers throw reaches the client as a GraphQL
 * error with {@code extensions.code} ({@link ResolverErrors}, {@link ErrorExtensionsFilter}).
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportsErrors {
}
