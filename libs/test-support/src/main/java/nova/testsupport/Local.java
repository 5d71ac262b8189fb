package nova.testsupport;

import java.util.Locale;

/**
 * The running system's settings as a test sees them: the environment {@code ./nova} exports, or the local
 * profile's documented defaults when a test runs on its own (the same defaults {@code ./nova up} and
 * {@code liberty:dev} use). Nothing here is a secret of any other profile.
 */
public final class Local {

    private Local() {
    }

    /** An environment variable, or the local profile's default for it. */
    public static String env(String name, String localDefault) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? localDefault : value;
    }

    public static String kafkaBootstrap() {
        return env("NOVA_KAFKA_BOOTSTRAP", "localhost:9092");
    }

    public static String dbHost() {
        return env("NOVA_DB_HOST", "localhost");
    }

    public static int dbPort() {
        return Integer.parseInt(env("NOVA_DB_PORT", "5432"));
    }

    /** The login role's password of a context's database ({@code NOVA_DB_PASSWORD_<CONTEXT>}). */
    public static String dbPassword(String context) {
        return env("NOVA_DB_PASSWORD_" + context.toUpperCase(Locale.ROOT), "nova-" + context + "-local");
    }

    public static String adminUser() {
        return env("NOVA_ADMIN_USER", "admin");
    }

    public static String adminPassword() {
        return env("NOVA_ADMIN_PASSWORD", "nova-local-admin");
    }

    public static String keystorePassword() {
        return env("NOVA_KEYSTORE_PASSWORD", "nova-local-keystore");
    }

    public static String jwtKeySecret() {
        return env("NOVA_JWT_KEY_SECRET", "nova-local-jwt-key-secret");
    }
}
