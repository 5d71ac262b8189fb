package nova.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Finds every trace of a database in a WAR and in a Liberty server configuration (its includes
 * followed): persistence units, JPA or Hibernate classes, JDBC drivers, classes that use JPA,
 * datasources and persistence features. Each finding is one human-readable line.
 */
final class PersistenceFootprint {

    private static final Pattern PERSISTENCE_PACKAGES =
            Pattern.compile("^(jakarta/persistence|javax/persistence|org/hibernate|org/eclipse/persistence|org/postgresql"
                    + "|org/flywaydb|com/mysql|org/mariadb|org/h2|org/apache/derby|oracle/jdbc)/.*");
    private static final Pattern PERSISTENCE_FEATURE =
            Pattern.compile("^(persistence|persistenceContainer|jpa|jpaContainer|jdbc|data|sessionDatabase)(-.*)?$");
    private static final List<String> DATABASE_ELEMENTS = List.of("dataSource", "jdbcDriver", "jpa", "databaseStore");
    private static final byte[] JPA_REFERENCE = "jakarta/persistence/".getBytes(StandardCharsets.ISO_8859_1);

    private PersistenceFootprint() {
    }

    static List<String> inWar(Path war) throws IOException {
        List<String> findings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(war)) {
            scanArchive(war.getFileName().toString(), in, findings);
        }
        return findings;
    }

    private static void scanArchive(String name, InputStream in, List<String> findings) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String path = entry.getName();
            String where = name + "!/" + path;
            String classPath = path.startsWith("WEB-INF/classes/") ? path.substring("WEB-INF/classes/".length()) : path;
            if (path.endsWith("META-INF/persistence.xml")) {
                findings.add("persistence unit: " + where);
            } else if (path.equals("META-INF/services/java.sql.Driver")) {
                findings.add("JDBC driver: " + where);
            } else if (PERSISTENCE_PACKAGES.matcher(classPath).matches() && path.endsWith(".class")) {
                findings.add("persistence class: " + where);
            } else if (path.endsWith(".jar")) {
                scanArchive(where, new ByteArrayInputStream(zip.readAllBytes()), findings);
            } else if (path.endsWith(".class") && contains(zip.readAllBytes(), JPA_REFERENCE)) {
                findings.add("class using JPA: " + where);
            }
        }
    }

    /** The server.xml and every file it includes: datasources, JPA settings and persistence features. */
    static List<String> inServerConfig(Path serverXml, Path sharedConfigDir) throws Exception {
        List<String> findings = new ArrayList<>();
        scanConfig(serverXml, serverXml.getParent(), sharedConfigDir, findings);
        return findings;
    }

    private static void scanConfig(Path file, Path serverConfigDir, Path sharedConfigDir, List<String> findings)
            throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        for (String element : DATABASE_ELEMENTS) {
            if (doc.getElementsByTagName(element).getLength() > 0) {
                findings.add("<" + element + "> in " + file.getFileName());
            }
        }
        NodeList features = doc.getElementsByTagName("feature");
        for (int i = 0; i < features.getLength(); i++) {
            String feature = features.item(i).getTextContent().trim();
            if (PERSISTENCE_FEATURE.matcher(feature).matches()) {
                findings.add("feature " + feature + " in " + file.getFileName());
            }
        }
        NodeList includes = doc.getElementsByTagName("include");
        for (int i = 0; i < includes.getLength(); i++) {
            String location = ((Element) includes.item(i)).getAttribute("location")
                    .replace("${shared.config.dir}", sharedConfigDir.toString())
                    .replace("${server.config.dir}", serverConfigDir.toString());
            Path included = Path.of(location);
            if (!Files.exists(included)) {
                throw new IllegalStateException("include not found: " + location + " (from " + file + ")");
            }
            scanConfig(included, serverConfigDir, sharedConfigDir, findings);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
