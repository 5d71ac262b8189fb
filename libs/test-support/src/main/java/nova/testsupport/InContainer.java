package nova.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An in-container test class: its WAR deployed alone by Arquillian on a managed Liberty server (ports 19xxx)
 * against the real PostgreSQL and broker. {@link LibertyServer} first writes the server's environment, then
 * Arquillian starts the server and deploys {@link Deployments#war()}; each test waits for {@code /health/ready}.
 * Run by the {@code in-container} build profile ({@code mvn -Din-container verify}), never by the unit-test build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({LibertyServer.class, ArquillianExtension.class})
public @interface InContainer {
}
