package nova.user.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nova.contracts.user.UserApi;
import nova.platform.security.Permissions;
import nova.user.account.AccountResource;
import nova.user.account.BanResource;
import nova.user.profile.ProfileResource;
import nova.user.role.RoleResource;
import nova.user.settings.SettingsResource;
import org.junit.jupiter.api.Test;

/**
 * The resources serve exactly what the contract's typed client calls, and each endpoint says who may call it:
 * members for their own things, a named permission (never a role name) for everything done to someone else.
 */
class UserApiResourcesTest {

    static final List<Class<?>> RESOURCES = List.of(ProfileResource.class, SettingsResource.class,
            AccountResource.class, BanResource.class, RoleResource.class);

    record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Map<Endpoint, Method> endpoints(Class<?> type) {
        String root = path(type);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> httpMethod(m) != null)
                .collect(Collectors.toMap(m -> new Endpoint(httpMethod(m), join(root, path(m))), Function.identity()));
    }

    static Map<Endpoint, Method> served() {
        Map<Endpoint, Method> served = new HashMap<>();
        for (Class<?> resource : RESOURCES) {
            endpoints(resource).forEach((endpoint, method) -> assertEquals(null, served.put(endpoint, method),
                    endpoint + " is served twice"));
        }
        return served;
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

    /** Paths compared with their parameters unnamed: {@code /users/{id}} and {@code /users/{userId}} are one path. */
    static String join(String root, String sub) {
        String joined = "/" + root + "/" + sub;
        return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1").replaceAll("\\{[^}]*}", "{}");
    }

    static String[] rolesOf(Method method) {
        RolesAllowed own = method.getAnnotation(RolesAllowed.class);
        RolesAllowed inherited = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        RolesAllowed effective = own != null ? own : inherited;
        assertNotNull(effective, method + " declares nobody who may call it");
        return effective.value();
    }

    @Test
    void everyContractCallHasItsEndpointWithTheSameAnswerType() {
        Map<Endpoint, Method> contract = endpoints(UserApi.class);
        Map<Endpoint, Method> served = served();

        assertEquals(17, contract.size(), "the contract's calls: " + contract.keySet());
        assertEquals(new TreeSet<>(contract.keySet().stream().map(Endpoint::toString).toList()),
                new TreeSet<>(served.keySet().stream().map(Endpoint::toString).toList()));
        contract.forEach((endpoint, call) -> {
            Method method = served.get(endpoint);
            assertEquals(call.getGenericReturnType(), method.getGenericReturnType(), endpoint.toString());
            Consumes consumes = call.getAnnotation(Consumes.class);
            List<Class<?>> body = Arrays.stream(call.getParameters())
                    .filter(p -> Stream.of(p.getAnnotations()).map(Annotation::annotationType)
                            .noneMatch(t -> t.getPackageName().equals("jakarta.ws.rs")))
                    .<Class<?>>map(java.lang.reflect.Parameter::getType).toList();
            List<Class<?>> read = Arrays.stream(method.getParameters())
                    .filter(p -> Stream.of(p.getAnnotations()).map(Annotation::annotationType)
                            .noneMatch(t -> t.getPackageName().equals("jakarta.ws.rs")))
                    .<Class<?>>map(java.lang.reflect.Parameter::getType).toList();
            assertEquals(body, read, endpoint + " reads the same body");
            if (consumes != null) {
                assertArrayEquals(consumes.value(), method.getAnnotation(Consumes.class).value(), endpoint.toString());
            }
        });
    }

    /** JAX-RS picks a root path before any method: a resource rooted deeper ({@code users/me}) would hide the others' paths. */
    @Test
    void everyResourceIsRootedAtUsers() {
        for (Class<?> resource : RESOURCES) {
            assertEquals("users", path(resource), resource.getSimpleName());
        }
    }

    @Test
    void everyEndpointNamesWhoMayCallIt() {
        Map<String, String> expected = new HashMap<>();
        for (String path : List.of("GET /users/me", "GET /users/{}", "GET /users", "PATCH /users/me/profile",
                "GET /users/by-username/{}", "GET /users/by-usernames", "GET /users/me/settings", "PATCH /users/me/settings", "GET /users/me/status",
                "POST /users/me/deletion", "DELETE /users/me/deletion")) {
            expected.put(path, Permissions.SIGNED_IN);
        }
        for (String path : List.of("GET /users/roles", "GET /users/{}/roles", "PUT /users/{}/roles/{}",
                "DELETE /users/{}/roles/{}")) {
            expected.put(path, Permissions.MANAGE_ROLES);
        }
        expected.put("POST /users/{}/ban", Permissions.BAN_USERS);
        expected.put("DELETE /users/{}/ban", Permissions.BAN_USERS);

        Map<String, String> declared = new HashMap<>();
        served().forEach((endpoint, method) -> {
            String[] roles = rolesOf(method);
            assertEquals(1, roles.length, endpoint + ": one name, " + Arrays.toString(roles));
            declared.put(endpoint.toString(), roles[0]);
        });
        assertEquals(expected, declared);
    }

    @Test
    void onlyAPermissionOpensAWriteToSomeoneElse() {
        served().forEach((endpoint, method) -> {
            boolean write = !endpoint.method().equals("GET");
            boolean someoneElses = endpoint.path().contains("{}");
            if (write && someoneElses) {
                assertTrue(Permissions.ALL.contains(rolesOf(method)[0]), endpoint + " changes another user's things");
            }
            if (endpoint.path().startsWith("/users/me")) {
                assertEquals(Permissions.SIGNED_IN, rolesOf(method)[0], endpoint + " is the caller's own");
            }
        });
    }

    @Test
    void everyNameCheckedIsDeclaredAndIsThePlatformsNotARoleName() {
        Set<String> checked = served().values().stream().map(UserApiResourcesTest::rolesOf).flatMap(Arrays::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = Set.of(nova.user.infra.UserApi.class.getAnnotation(DeclareRoles.class).value());
        assertEquals(checked, new TreeSet<>(declared));
        for (String name : checked) {
            assertTrue(name.equals(Permissions.SIGNED_IN) || Permissions.ALL.contains(name), name);
            assertFalse(Set.of("admin", "moderator").contains(name), name + " is a role, not a permission");
        }
    }

    /**
     * server.xml binds every permission checked here to the operator account and to the token group of the same
     * name (binding any role there ends mpJwt's groups-as-roles default), and every authenticated caller to user.
     */
    @Test
    void theServerBindsEveryPermissionToTheOperatorAndToTheTokenGroup() throws IOException {
        String server = Files.readString(Paths.get("src/main/liberty/config/server.xml"));
        for (String permission : List.of(Permissions.MANAGE_ROLES, Permissions.BAN_USERS)) {
            String binding = "<security-role name=\"" + permission + "\">\n"
                    + "        <user name=\"${nova.admin.user}\"/>\n"
                    + "        <group name=\"" + permission + "\" access-id=\"group:${nova.jwt.issuer}/" + permission + "\"/>\n"
                    + "      </security-role>";
            assertTrue(server.contains(binding), permission + " binding missing:\n" + binding);
        }
        assertTrue(server.contains("<security-role name=\"user\">\n        <special-subject type=\"ALL_AUTHENTICATED_USERS\"/>"),
                "every authenticated caller is a user");
    }
}
