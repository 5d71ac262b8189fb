package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ws.rs.GET;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nova.contracts.communication.CommunicationApi;
import nova.contracts.communication.PushApi;
import nova.contracts.content.ContentApi;
import nova.contracts.content.ModerationApi;
import nova.contracts.identity.IdentityApi;
import nova.contracts.media.MediaApi;
import nova.contracts.search.SearchApi;
import nova.contracts.social.SocialApi;
import nova.contracts.user.UserApi;
import nova.gateway.account.IdentityClient;
import nova.gateway.communication.CommunicationClient;
import nova.gateway.content.ContentClient;
import nova.gateway.media.MediaClient;
import nova.gateway.profile.UserClient;
import nova.gateway.search.SearchClient;
import nova.gateway.social.SocialClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the decorated clients, one bean per context, held for every call (new ones included): the policy
 * values live in {@code microprofile-config.properties}, never on an annotation; each client has one
 * class-level timeout, circuit breaker and bulkhead with its values under its class key; a refusal
 * ({@link ApiError}: any 4xx, 403 and 429 included) never counts against a circuit nor is retried; only reads
 * ({@code GET} in the contract) are retried; and every method key names a method that carries that annotation
 * itself — Liberty reads a method key for a method-level annotation only, so any other would be silently ignored.
 */
class ClientFaultToleranceTest {

    private static final List<Class<? extends Annotation>> POLICIES =
            List.of(Timeout.class, Retry.class, CircuitBreaker.class, Bulkhead.class, Fallback.class);

    /** Each context's one client bean and the contract interfaces it wraps. */
    static final Map<Class<?>, List<Class<?>>> CLIENTS = Map.of(
            IdentityClient.class, List.of(IdentityApi.class),
            UserClient.class, List.of(UserApi.class),
            MediaClient.class, List.of(MediaApi.class),
            ContentClient.class, List.of(ContentApi.class, ModerationApi.class),
            SocialClient.class, List.of(SocialApi.class),
            SearchClient.class, List.of(SearchApi.class),
            CommunicationClient.class, List.of(CommunicationApi.class, PushApi.class));

    /** A contract operation whose call has another name in its client (two contracts in one bean). */
    private static final Map<String, String> RENAMED = Map.of("queue", "moderationQueue", "dismiss", "dismissReport");

    /**
     * The contract operations a client leaves out on purpose: media's attachment report and the user context's
     * batch by usernames (mentions) are content's, not GraphQL's.
     */
    private static final Set<String> NOT_FOR_THE_GATEWAY = Set.of("attachments", "byUsernames");

    private static Properties config;

    @BeforeAll
    static void readConfig() throws Exception {
        config = new Properties();
        try (InputStream in = ClientFaultToleranceTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
    }

    static Stream<Class<?>> clients() {
        return CLIENTS.keySet().stream();
    }

    private static List<Method> calls(Class<?> client) {
        return Arrays.stream(client.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())).toList();
    }

    private static Method operation(Class<?> client, Method call) {
        return CLIENTS.get(client).stream().flatMap(api -> Arrays.stream(api.getMethods()))
                .filter(m -> RENAMED.getOrDefault(m.getName(), m.getName()).equals(call.getName()))
                .findFirst().orElseThrow(() -> new AssertionError(call + " wraps no contract operation"));
    }

    @ParameterizedTest
    @MethodSource("clients")
    void everyContractOperationHasItsDecoratedCall(Class<?> client) {
        Set<String> contract = CLIENTS.get(client).stream().flatMap(api -> Arrays.stream(api.getMethods()))
                .map(Method::getName).filter(name -> !NOT_FOR_THE_GATEWAY.contains(name))
                .map(name -> RENAMED.getOrDefault(name, name)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> wrapped = calls(client).stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(contract, wrapped);
    }

    @ParameterizedTest
    @MethodSource("clients")
    void oneClientBeanPerContextInItsOwnPackageWithOnePolicyPerCall(Class<?> client) {
        String context = client.getAnnotation(ContextClient.class).value();
        String pkg = client.getPackageName();
        assertTrue(pkg.startsWith("nova.gateway.") && !pkg.equals("nova.gateway.infra"), client + " lives in a feature package");
        assertEquals(1, CLIENTS.keySet().stream().filter(c -> c.getAnnotation(ContextClient.class).value().equals(context)).count(),
                "one client bean for " + context);
        for (Class<? extends Annotation> policy : List.of(Timeout.class, CircuitBreaker.class, Bulkhead.class)) {
            assertNotNull(client.getAnnotation(policy), client.getSimpleName() + " has a class-level @" + policy.getSimpleName());
        }
        assertNotNull(config.getProperty(client.getName() + "/Timeout/value"), client.getSimpleName() + "'s timeout is configured");
        assertNotNull(config.getProperty(client.getName() + "/Bulkhead/value"), client.getSimpleName() + "'s bulkhead is configured");
    }

    @ParameterizedTest
    @MethodSource("clients")
    void noAnnotationCarriesAPolicyValue(Class<?> client) throws Exception {
        List<AnnotatedElement> elements = new ArrayList<>(calls(client));
        elements.add(client);
        for (AnnotatedElement element : elements) {
            for (Class<? extends Annotation> policy : POLICIES) {
                Annotation found = element.getAnnotation(policy);
                if (found == null) {
                    continue;
                }
                for (Method member : policy.getDeclaredMethods()) {
                    Object value = member.invoke(found);
                    Object standard = member.getDefaultValue();
                    boolean same = value.getClass().isArray() ? Arrays.deepEquals(new Object[] {value}, new Object[] {standard})
                            : Objects.equals(value, standard);
                    assertTrue(same, element + ": @" + policy.getSimpleName() + "(" + member.getName()
                            + ") belongs in microprofile-config.properties");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("clients")
    void onlyReadsAreRetried(Class<?> client) {
        for (Method call : calls(client)) {
            boolean read = operation(client, call).isAnnotationPresent(GET.class);
            assertEquals(read, call.isAnnotationPresent(Retry.class), call.getName() + (read ? " is a read" : " changes something"));
        }
        assertTrue(client.getAnnotation(Retry.class) == null, "a class-level @Retry would retry the writes");
    }

    @Test
    void aRefusalNeverCountsAgainstTheCircuitNorIsRetried() {
        assertEquals(ApiError.class.getName(), config.getProperty("CircuitBreaker/skipOn"));
        assertEquals(ApiError.class.getName(), config.getProperty("Retry/abortOn"));
        for (String key : config.stringPropertyNames()) {
            assertTrue(!key.endsWith("/skipOn") && !key.endsWith("/abortOn") || !key.contains("."),
                    key + ": the refusal rule is the same for every client");
        }
    }

    @ParameterizedTest
    @MethodSource("clients")
    void everyMethodLevelTimeoutIsConfiguredAndNoneOutlastsTheSocket(Class<?> client) throws Exception {
        long socket = readTimeoutSeconds(client) * 1000L;
        long classTimeout = Long.parseLong(config.getProperty(client.getName() + "/Timeout/value"));
        assertTrue(classTimeout <= socket, client.getSimpleName() + ": a blocked socket read ignores @Timeout's interrupt");
        for (Method call : calls(client)) {
            if (call.isAnnotationPresent(Timeout.class)) {
                String value = config.getProperty(client.getName() + "/" + call.getName() + "/Timeout/value");
                assertNotNull(value, call + " has its own @Timeout, so it needs its method key");
                assertTrue(Long.parseLong(value) <= socket, call + ": raise READ_TIMEOUT_SECONDS");
            }
        }
    }

    @Test
    void socialsChangesThatAskAnotherContextFirstOutlastThatCall() {
        // social asks user (follow, block, mute) or content (like, share) before it writes, with 2.5 s for that call
        // (social-war's UserClient and ContentClient): a gateway that gave up sooner would answer UNAVAILABLE for a
        // change social then makes
        for (String call : List.of("follow", "block", "mute", "like", "share")) {
            String value = config.getProperty(SocialClient.class.getName() + "/" + call + "/Timeout/value");
            assertNotNull(value, call + " has its own timeout");
            assertTrue(Long.parseLong(value) > 2500, call + ": " + value + " ms is not longer than social's own call");
        }
    }

    @Test
    void everyPolicyKeyNamesAnAnnotationLibertyReads() throws Exception {
        Set<String> annotations = POLICIES.stream().map(Class::getSimpleName).collect(Collectors.toSet());
        for (String key : config.stringPropertyNames()) {
            String[] parts = key.split("/");
            if (parts.length < 2 || !annotations.contains(parts[parts.length - 2])) {
                continue;
            }
            Class<? extends Annotation> policy = POLICIES.stream().filter(p -> p.getSimpleName().equals(parts[parts.length - 2]))
                    .findFirst().orElseThrow();
            policy.getDeclaredMethod(parts[parts.length - 1]); // a parameter the annotation has
            if (parts.length == 2) {
                continue; // <annotation>/<param>: every use
            }
            Class<?> owner = Class.forName(parts[0]);
            if (!CLIENTS.containsKey(owner)) {
                fail(key + " names no client bean");
            }
            if (parts.length == 3) {
                assertNotNull(owner.getAnnotation(policy), key + ": the class-level annotation it configures");
            } else {
                Method call = calls(owner).stream().filter(m -> m.getName().equals(parts[1])).findFirst()
                        .orElseThrow(() -> new AssertionError(key + " names no call of " + owner.getSimpleName()));
                assertNotNull(call.getAnnotation(policy), key + ": Liberty reads a method key only for a method-level @"
                        + policy.getSimpleName());
            }
        }
    }

    private static int readTimeoutSeconds(Class<?> client) throws Exception {
        Field field = client.getDeclaredField("READ_TIMEOUT_SECONDS");
        field.setAccessible(true);
        return field.getInt(null);
    }
}
