package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nova.contracts.user.UserApi;
import org.junit.jupiter.api.Test;

/** The resource serves exactly what the contract's typed client calls, and only to signed-in users. */
class ProfileResourceTest {

    record Endpoint(String method, String path) {
    }

    static Map<Endpoint, Method> endpoints(Class<?> type) {
        String root = path(type);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> httpMethod(m) != null)
                .collect(Collectors.toMap(m -> new Endpoint(httpMethod(m), join(root, path(m))), Function.identity()));
    }

    static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null).map(HttpMethod::value).findFirst().orElse(null);
    }

    static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    static String join(String root, String sub) {
        String joined = "/" + root + "/" + sub;
        return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    @Test
    void everyContractCallHasItsEndpointWithTheSameAnswerType() {
        Map<Endpoint, Method> contract = endpoints(UserApi.class);
        Map<Endpoint, Method> served = endpoints(ProfileResource.class);

        assertEquals(4, contract.size(), "the contract's calls: " + contract.keySet());
        assertEquals(contract.keySet(), served.keySet());
        contract.forEach((endpoint, call) -> {
            Method method = served.get(endpoint);
            assertEquals(call.getGenericReturnType(), method.getGenericReturnType(), endpoint.toString());
            Consumes consumes = call.getAnnotation(Consumes.class);
            if (consumes != null) {
                assertArrayEquals(consumes.value(), method.getAnnotation(Consumes.class).value(), endpoint.toString());
                List<Class<?>> body = Arrays.stream(call.getParameters())
                        .filter(p -> Stream.of(p.getAnnotations()).map(Annotation::annotationType)
                                .noneMatch(t -> t.getPackageName().equals("jakarta.ws.rs")))
                        .<Class<?>>map(java.lang.reflect.Parameter::getType).toList();
                assertEquals(body, List.of(method.getParameterTypes()), endpoint + " reads the same body");
            }
        });
    }

    @Test
    void everyEndpointIsForSignedInUsers() {
        RolesAllowed classRoles = ProfileResource.class.getAnnotation(RolesAllowed.class);
        assertNotNull(classRoles);
        assertArrayEquals(new String[] {"user"}, classRoles.value());
        for (Method method : endpoints(ProfileResource.class).values()) {
            RolesAllowed own = method.getAnnotation(RolesAllowed.class);
            assertTrue(own == null || Arrays.equals(own.value(), new String[] {"user"}), method.getName());
        }
        DeclareRoles declared = nova.user.infra.UserApi.class.getAnnotation(DeclareRoles.class);
        assertTrue(Arrays.asList(declared.value()).contains("user"));
    }
}
