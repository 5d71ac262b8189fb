package nova.tools.architecture;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The checks the project already has, reused rather than copied: a system test class run from
 * {@code system-tests/target/test-classes} through the JUnit Platform (read-only: no build, no
 * report written), and the gateway's {@code PersistenceFootprint} from {@code gateway-war/target/test-classes}.
 */
final class ExistingTests {

    record Outcome(String name, boolean passed, String message) {
    }

    private ExistingTests() {
    }

    /** Runs every test of {@code className} found in {@code testClasses}; one outcome per test. */
    static List<Outcome> run(Path testClasses, String className) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = loader(testClasses)) {
            Thread.currentThread().setContextClassLoader(loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(loader.loadClass(className))).build();
            LauncherFactory.create().execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        outcomes.add(new Outcome(test.getDisplayName(), result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
                                result.getThrowable().map(Throwable::getMessage).orElse("")));
                    }
                }
            });
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return outcomes;
    }

    /** nova.gateway.PersistenceFootprint (gateway-war's test code): every trace of a database in the gateway. */
    static List<String> gatewayFootprint(Path root) throws Exception {
        Path testClasses = root.resolve("gateway-war/target/test-classes");
        try (URLClassLoader loader = loader(testClasses)) {
            Class<?> footprint = loader.loadClass("nova.gateway.PersistenceFootprint");
            Method inWar = footprint.getDeclaredMethod("inWar", Path.class);
            Method inServerConfig = footprint.getDeclaredMethod("inServerConfig", Path.class, Path.class);
            inWar.setAccessible(true);
            inServerConfig.setAccessible(true);
            Path war = root.resolve("gateway-war/target/gateway-war.war");
            if (!Files.isRegularFile(war)) {
                throw new IllegalStateException(war + " is missing: build first (mvn -DskipTests install)");
            }
            List<String> findings = new ArrayList<>();
            findings.addAll(castList(inWar.invoke(null, war)));
            findings.addAll(castList(inServerConfig.invoke(null, root.resolve("gateway-war/src/main/liberty/config/server.xml"),
                    root.resolve("liberty-config/src/main/liberty/shared/config"))));
            return findings;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object list) {
        return (List<String>) list;
    }

    private static URLClassLoader loader(Path testClasses) throws Exception {
        if (!Files.isDirectory(testClasses)) {
            throw new IllegalStateException(testClasses + " is missing: build first (mvn -DskipTests install)");
        }
        return new URLClassLoader(new URL[] {testClasses.toUri().toURL()}, ExistingTests.class.getClassLoader());
    }
}
