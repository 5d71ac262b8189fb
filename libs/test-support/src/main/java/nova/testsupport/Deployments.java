package nova.testsupport;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the in-container tier deploys: the WAR exactly as the build packaged it ({@code target/<context>-war.war}),
 * named after its context as in the running system and served at the root ({@code ibm-web-ext.xml}), with the
 * security-role bindings of the WAR's own {@code server.xml}. Arquillian writes the application into the test
 * server's configuration itself: the bindings reach it through {@code securityConfiguration}, read from the
 * file {@link LibertyServer} writes with {@link #writeBindings} before the container starts, so they are stated
 * once, in the WAR's server.xml.
 */
public final class Deployments {

    private static final String ROOT_CONTEXT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.1">
              <context-root uri="/"/>
            </web-ext>
            """;

    private Deployments() {
    }

    /** The packaged WAR of the module under test, ready for {@code @Deployment(testable = false)}. */
    public static WebArchive war() {
        File war = new File(LibertyServer.property("nova.it.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: the in-container tier runs after mvn package");
        }
        return ShrinkWrap.create(WebArchive.class, LibertyServer.context() + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addAsWebInfResource(new StringAsset(ROOT_CONTEXT), "ibm-web-ext.xml");
    }

    /** Copies the {@code <application-bnd>} of {@code serverXml}'s application (an empty one if it has none). */
    static void writeBindings(Path serverXml, Path bindings) throws Exception {
        Document server = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(serverXml.toFile());
        NodeList found = server.getElementsByTagName("application-bnd");
        Element binding = found.getLength() > 0 ? (Element) found.item(0) : server.createElement("application-bnd");
        StringWriter xml = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new DOMSource(binding), new StreamResult(xml));
        Files.createDirectories(bindings.getParent());
        Files.writeString(bindings, xml.toString());
    }
}
