package nova.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The two migration sets every context database carries, applied in order. */
final class SchemaMigrations {

    static final String PLATFORM_LOCATION = "classpath:nova/platform/db";
    static final String CONTEXT_LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    static void apply(DataSource dataSource, ClassLoader classLoader) {
        migrate(dataSource, classLoader, PLATFORM_LOCATION, "platform_schema_history");
        migrate(dataSource, classLoader, CONTEXT_LOCATION, "flyway_schema_history");
    }

    private static void migrate(DataSource dataSource, ClassLoader classLoader, String location, String historyTable) {
        Flyway.configure(classLoader)
                .dataSource(dataSource)
                // Liberty's class loader lists a directory only through a file in it: each
                // location holds an empty flyway.location marker (callbacks live beside the migrations;
                // Flyway still probes its default db/callback, so the platform jar carries a marker there too)
                .locations(location)
                .callbackLocations(location)
                .table(historyTable)
                // two histories share one schema: each may find the other's tables already there
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }
}
