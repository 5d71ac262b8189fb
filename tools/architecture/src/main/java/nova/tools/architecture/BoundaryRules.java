package nova.tools.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The class-level rules, as ArchUnit rules evaluated on each module's own classes. */
final class BoundaryRules {

    static final String ENTITY = "jakarta.persistence.Entity";
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
            .stream().map(m -> "jakarta.ws.rs." + m).collect(java.util.stream.Collectors.toSet());

    private BoundaryRules() {
    }

    /**
     * No WAR uses another WAR's classes: a WAR's classes live in its own package and depend on no
     * other {@code <root>.*} package than its own, the contracts' and the platform's; contracts and
     * platform, which every WAR bundles, depend on no context. Only libs/contracts and libs/platform
     * cross context lines.
     */
    static List<String> crossContextClasses(Codebase code) {
        Layout layout = code.layout();
        DescribedPredicate<JavaClass> shared = resideInAnyPackage(layout.contracts() + "..", layout.platform() + "..");
        List<String> found = new ArrayList<>();
        for (Module war : code.wars()) {
            String own = layout.contextPackage(war.name()) + "..";
            DescribedPredicate<JavaClass> foreign = resideInAPackage(layout.root() + "..")
                    .and(DescribedPredicate.not(resideInAPackage(own))).and(DescribedPredicate.not(shared))
                    .as("classes of another context (outside " + own + ", contracts and platform)");
            found.addAll(violations(war, classes().should().resideInAPackage(own)));
            found.addAll(violations(war, noClasses().should().dependOnClassesThat(foreign)));
        }
        DescribedPredicate<JavaClass> anyContext = resideInAPackage(layout.root() + "..")
                .and(DescribedPredicate.not(shared)).as("classes of a context");
        for (Module lib : List.of(code.contracts(), code.platform())) {
            found.addAll(violations(lib, noClasses().should().dependOnClassesThat(anyContext)));
        }
        return found;
    }

    /**
     * Entities never leave their WAR: no {@code @Entity} type (nor a generic of one) in the signature
     * of a resource method (a JAX-RS {@code @Path} class's public methods) or a client interface.
     */
    static List<String> entitiesInSignatures(Codebase code) {
        DescribedPredicate<JavaClass> api = DescribedPredicate.describe("resources and REST clients", BoundaryRules::isApi);
        ArchRule rule = classes().that(api).should(new ArchCondition<>("expose no @Entity in a public method signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCodeUnit unit : c.getCodeUnits()) {
                    if (!unit.getModifiers().contains(JavaModifier.PUBLIC) || unit.getName().equals("<clinit>")) {
                        continue;
                    }
                    Set<String> entities = new TreeSet<>();
                    Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
                            .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                            .filter(t -> t.isAnnotatedWith(ENTITY))
                            .forEach(t -> entities.add(t.getSimpleName()));
                    if (!entities.isEmpty()) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + "." + unit.getName()
                                + " exposes the entity " + String.join(", ", entities)));
                    }
                }
            }
        }).allowEmptyShould(true);
        List<String> found = new ArrayList<>();
        code.all().forEach(m -> found.addAll(violations(m, rule)));
        return found;
    }

    static boolean isApi(JavaClass c) {
        return c.isAnnotatedWith(CallGraph.PATH) || c.isAnnotatedWith(CallGraph.REGISTER_REST_CLIENT)
                || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(CallGraph.PATH)
                        || HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));
    }

    /**
     * Nothing reaches Kafka except through the outbox: no class but the relay and its way out (and
     * their nested classes) uses the Kafka producer API or a MicroProfile Reactive Messaging emitter
     * or outgoing channel.
     */
    static List<String> kafkaProducers(Codebase code) {
        Set<String> relayClasses = code.layout().outboxRelayClasses();
        String relay = code.layout().outboxRelay();
        DescribedPredicate<JavaClass> relayItself = DescribedPredicate.describe("the outbox relay",
                c -> relayClasses.contains(c.getName().split("\\$")[0]));
        ArchRule rule = noClasses().that(DescribedPredicate.not(relayItself))
                .should().dependOnClassesThat(resideInAPackage("org.apache.kafka.clients.producer..")
                        .or(JavaClass.Predicates.simpleNameStartingWith("Emitter")
                                .and(resideInAPackage("org.eclipse.microprofile.reactive.messaging..")))
                        .or(com.tngtech.archunit.base.DescribedPredicate.describe("@Outgoing", (JavaClass c) -> c.getName().equals("org.eclipse.microprofile.reactive.messaging.Outgoing")))
                        .as("a Kafka producer (" + relay + " is the only one)"))
                .allowEmptyShould(true);
        List<String> found = new ArrayList<>();
        code.all().forEach(m -> found.addAll(violations(m, rule)));
        return found;
    }

    /**
     * The standard, not the client: no class of the platform or a WAR makes its own Kafka producer or
     * consumer ({@code KafkaProducer}, {@code KafkaConsumer}, or their {@code Producer}/{@code Consumer}
     * interfaces). Records leave through the relay's Reactive Messaging emitter and arrive on
     * {@code @Incoming} channels; kafka-clients stays only where the standard has no counterpart: events' admin
     * client for consumer lag; the platform's incoming connector ({@link #SHARED_CONSUMER}), a Reactive Messaging
     * connector that reads all the channels of a server's group with one consumer (Liberty's gives each channel its
     * own); and search's rebuild ({@link #BOUNDED_REPLAY}), which reads topics from their start up to end offsets
     * fixed when it begins, on assigned partitions with no consumer group — a channel is group-managed, opened once
     * at start and cannot seek, and a group shared with live consumption would split the partitions and commit its
     * offsets.
     */
    static final String BOUNDED_REPLAY = "nova.search.rebuild.TopicReplay";
    static final List<String> SHARED_CONSUMER = List.of("nova.platform.events.SharedKafkaConnector",
            "nova.platform.events.SharedConsumer");

    static List<String> kafkaClientsInsteadOfChannels(Codebase code) {
        DescribedPredicate<JavaClass> clients = DescribedPredicate.describe("a Kafka producer or consumer of its own",
                (JavaClass c) -> Set.of("org.apache.kafka.clients.producer.KafkaProducer",
                        "org.apache.kafka.clients.producer.Producer", "org.apache.kafka.clients.consumer.KafkaConsumer",
                        "org.apache.kafka.clients.consumer.Consumer").contains(c.getName()));
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName(BOUNDED_REPLAY)
                .and(DescribedPredicate.describe("not the platform's connector",
                        (JavaClass c) -> !SHARED_CONSUMER.contains(c.getName().replaceFirst("\\$.*", ""))))
                .should().dependOnClassesThat(clients).allowEmptyShould(true);
        List<String> found = new ArrayList<>();
        code.wars().forEach(m -> found.addAll(violations(m, rule)));
        found.addAll(violations(code.platform(), rule));
        return found;
    }

    static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
    static final String DECLARE_ROLES = "jakarta.annotation.security.DeclareRoles";

    /**
     * Every protected operation checks a permission, never a role name: each value of {@code @RolesAllowed} and
     * {@code @DeclareRoles} (on classes and methods of every module) is one of the names in the platform's
     * {@code security.Permissions} — {@code SIGNED_IN} or a named permission. Which roles grant a permission is
     * data in the user context, so a resource naming a role ("admin") would bypass it.
     */
    static List<String> roleNamesInsteadOfPermissions(Codebase code) {
        Set<String> permissions = permissionNames(code);
        List<String> found = new ArrayList<>();
        for (Module module : code.all()) {
            for (JavaClass c : module.ownList()) {
                checkRoles(module, c.getName(), c.tryGetAnnotationOfType(ROLES_ALLOWED), permissions, found);
                checkRoles(module, c.getName(), c.tryGetAnnotationOfType(DECLARE_ROLES), permissions, found);
                for (JavaCodeUnit unit : c.getCodeUnits()) {
                    checkRoles(module, c.getName() + "." + unit.getName(), unit.tryGetAnnotationOfType(ROLES_ALLOWED),
                            permissions, found);
                }
            }
        }
        return found;
    }

    private static void checkRoles(Module module, String where,
                                   java.util.Optional<? extends com.tngtech.archunit.core.domain.JavaAnnotation<?>> annotation,
                                   Set<String> permissions, List<String> found) {
        annotation.flatMap(a -> a.get("value")).ifPresent(value -> {
            Object[] names = value instanceof Object[] array ? array : new Object[] {value};
            for (Object name : names) {
                if (!permissions.contains(String.valueOf(name))) {
                    found.add(module.name() + ": " + where + " names the role '" + name
                            + "', not a permission of " + PERMISSIONS);
                }
            }
        });
    }

    static final String PERMISSIONS = "security.Permissions";

    /** The values of the String constants of the platform's {@code security.Permissions}, read from its class file. */
    static Set<String> permissionNames(Codebase code) {
        String name = code.layout().platform() + "." + PERMISSIONS;
        if (!code.platform().classes().contain(name)) {
            return Set.of();  // no names at all: any role checked is a violation
        }
        JavaClass permissions = code.platform().classes().get(name);
        java.net.URI source = permissions.getSource().orElseThrow().getUri();
        String file = "/" + name.replace('.', '/') + ".class";
        String location = source.toString();
        Set<String> names = new TreeSet<>();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {
                java.net.URI.create(location.substring(0, location.length() - file.length() + 1)).toURL()}, null)) {
            for (java.lang.reflect.Field field : loader.loadClass(name).getFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    names.add((String) field.get(null));
                }
            }
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("cannot read " + name + " from " + source, e);
        }
        return names;
    }

    private static List<String> violations(Module module, ArchRule rule) {
        return rule.allowEmptyShould(true).evaluate(module.ownClasses()).getFailureReport().getDetails().stream()
                .map(detail -> module.name() + ": " + detail)
                .toList();
    }
}
