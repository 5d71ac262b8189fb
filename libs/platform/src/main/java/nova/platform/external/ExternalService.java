package nova.platform.external;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one class of a WAR that talks HTTP to a service outside Nova (e.g. browsers' push services): not a
 * context, so no contract client and no edge of ARCHITECTURE §4. The architecture check lets such a class use an
 * untyped HTTP client and lists it in its report ("calls outside Nova"); any other untyped HTTP call stays a
 * violation. Never for calling a Nova context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExternalService {

    /** What it calls, e.g. "Web Push services (RFC 8030)". */
    String value();
}
