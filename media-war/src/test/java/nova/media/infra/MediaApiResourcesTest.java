package nova.media.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nova.contracts.media.MediaApi;
import nova.media.file.MediaResource;
import nova.media.serving.FileResource;
import nova.media.upload.UploadResource;
import nova.platform.security.Permissions;
import org.junit.jupiter.api.Test;

/**
 * The resources serve every call of the contract's typed client (plus the upload PUT and /files, which the
 * contract leaves out on purpose), and each says who may call it: members everywhere but /files.
 */
class MediaApiResourcesTest {

    static final List<Class<?>> MEMBER_RESOURCES = List.of(UploadResource.class, MediaResource.class);

    static Set<String> endpoints(Class<?> type) {
        String root = path(type);
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> httpMethod(m) != null)
                .map(m -> httpMethod(m) + " " + join(root, path(m))).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyContractCallIsServed() {
        Set<String> served = new TreeSet<>();
        MEMBER_RESOURCES.forEach(r -> served.addAll(endpoints(r)));
        Set<String> contract = endpoints(MediaApi.class);

        assertTrue(served.containsAll(contract), "served " + served + ", contract " + contract);
        Set<String> extra = new TreeSet<>(served);
        extra.removeAll(contract);
        assertEquals(Set.of("PUT /media/uploads/{ticket}"), extra);
    }

    @Test
    void membersOnlyExceptTheFiles() {
        for (Class<?> resource : MEMBER_RESOURCES) {
            RolesAllowed roles = resource.getAnnotation(RolesAllowed.class);
            assertNotNull(roles, resource.getSimpleName());
            assertEquals(List.of(Permissions.SIGNED_IN), List.of(roles.value()));
            for (Method m : resource.getDeclaredMethods()) {
                assertEquals(null, m.getAnnotation(PermitAll.class), m.toString());
            }
        }
        assertNotNull(FileResource.class.getAnnotation(PermitAll.class), "files are for whoever holds the URL");
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                .map(HttpMethod::value).findFirst().orElse(null);
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
