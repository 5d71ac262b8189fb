package nova.identity.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nova.contracts.identity.IdentityApi;
import nova.identity.account.AccountResource;
import nova.identity.email.EmailVerificationResource;
import nova.identity.email.VerificationRequestResource;
import nova.identity.password.PasswordChangeResource;
import nova.identity.password.PasswordResetResource;
import nova.identity.session.SessionResource;
import nova.identity.token.JwksResource;
import nova.identity.token.SigningKeyResource;
import org.junit.jupiter.api.Test;

/** The resources serve exactly the contract's paths (plus the JWKS and the key operations), and each method says who may call it. */
class ResourceContractTest {

    static final List<Class<?>> RESOURCES = List.of(AccountResource.class, SessionResource.class, JwksResource.class,
            PasswordChangeResource.class, PasswordResetResource.class, VerificationRequestResource.class,
            EmailVerificationResource.class, SigningKeyResource.class);

    @Test
    void everyContractOperationIsServedAtTheSamePath() {
        Set<String> served = endpoints(RESOURCES);
        Set<String> contract = endpoints(List.of(IdentityApi.class));

        assertTrue(served.containsAll(contract), "contract " + contract + ", served " + served);
        Set<String> extra = new TreeSet<>(served);
        extra.removeAll(contract);
        // the JWKS for verifiers and the key operations for operators: not the gateway's business
        assertEquals(Set.of("GET /.well-known/jwks.json", "GET /signing-keys", "GET /signing-keys/{kid}",
                "POST /signing-keys/rotation"), extra);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                if (httpMethod(method) != null) {
                    boolean declared = method.isAnnotationPresent(PermitAll.class)
                            || method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(DenyAll.class)
                            || resource.isAnnotationPresent(PermitAll.class) || resource.isAnnotationPresent(RolesAllowed.class);
                    assertTrue(declared, resource.getSimpleName() + "." + method.getName());
                }
            }
        }
    }

    static Set<String> endpoints(List<Class<?>> classes) {
        return classes.stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> httpMethod(m) != null)
                        .map(m -> httpMethod(m) + " " + path(type.getAnnotation(Path.class), m.getAnnotation(Path.class))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String path(Path type, Path method) {
        String joined = (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        return "/" + Arrays.stream(joined.split("/")).filter(s -> !s.isEmpty()).collect(Collectors.joining("/"));
    }

}
