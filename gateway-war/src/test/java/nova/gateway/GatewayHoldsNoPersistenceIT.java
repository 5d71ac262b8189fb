package nova.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARCHITECTURE §1: the gateway has no datasource, no JPA and no JDBC driver. */
class GatewayHoldsNoPersistenceIT {

    private static final Path ROOT = Path.of(System.getProperty("nova.root", ".."));
    private static final Path SHARED_CONFIG = ROOT.resolve("liberty-config/src/main/liberty/shared/config");

    @Test
    void packagedGatewayWarHasNoPersistenceUnitJpaOrDriver() throws IOException {
        Path war = Path.of(System.getProperty("nova.war", "target/gateway-war.war"));
        assertTrue(Files.isRegularFile(war), "packaged WAR expected at " + war);
        assertEquals(List.of(), PersistenceFootprint.inWar(war));
    }

    @Test
    void gatewayServerConfigurationDeclaresNoDatasourceOrPersistenceFeature() throws Exception {
        Path serverXml = ROOT.resolve("gateway-war/src/main/liberty/config/server.xml");
        assertEquals(List.of(), PersistenceFootprint.inServerConfig(serverXml, SHARED_CONFIG));
    }

    // --- the checks can fail: they find what a context server legitimately has ---

    @Test
    void configurationScanFindsAContextServersDatasource() throws Exception {
        Path serverXml = ROOT.resolve("identity-war/src/main/liberty/config/server.xml");
        List<String> findings = PersistenceFootprint.inServerConfig(serverXml, SHARED_CONFIG);
        assertTrue(findings.contains("<dataSource> in nova-context.xml"), findings::toString);
        assertTrue(findings.contains("feature persistenceContainer-3.1 in nova-context.xml"), findings::toString);
        assertTrue(findings.contains("feature jdbc-4.3 in nova-context.xml"), findings::toString);
    }

    @Test
    void warScanFindsPersistenceUnitDriverAndJpaUse(@TempDir Path dir) throws IOException {
        Path driverJar = dir.resolve("postgresql.jar");
        writeZip(driverJar, "META-INF/services/java.sql.Driver", "org.postgresql.Driver");
        Path war = dir.resolve("bad.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            put(zip, "WEB-INF/classes/META-INF/persistence.xml", "<persistence/>".getBytes(StandardCharsets.UTF_8));
            put(zip, "WEB-INF/classes/nova/gateway/Sneaky.class",
                    "\u00ca\u00fe\u00ba\u00be Ljakarta/persistence/Entity;".getBytes(StandardCharsets.ISO_8859_1));
            put(zip, "WEB-INF/lib/postgresql.jar", Files.readAllBytes(driverJar));
        }

        List<String> findings = PersistenceFootprint.inWar(war);

        assertEquals(List.of(
                "persistence unit: bad.war!/WEB-INF/classes/META-INF/persistence.xml",
                "class using JPA: bad.war!/WEB-INF/classes/nova/gateway/Sneaky.class",
                "JDBC driver: bad.war!/WEB-INF/lib/postgresql.jar!/META-INF/services/java.sql.Driver"), findings);
    }

    private static void writeZip(Path file, String entry, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, entry, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
