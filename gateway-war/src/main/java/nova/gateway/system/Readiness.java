package nova.gateway.system;

import org.eclipse.microprofile.graphql.Description;

/**
 * A server's answer on {@code /health/ready}. Declared in the gateway, not taken from contracts:
 * Liberty's GraphQL builds its schema only from the WAR's own classes.
 */
@Description("UP, DOWN, or UNREACHABLE when the server did not answer")
public enum Readiness {
    UP, DOWN, UNREACHABLE
}
