package nova.search.infra;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The search context's REST API, rooted at the server's context root. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Nova search", version = "1", description = "Full-text search over projections rebuilt from events (PostgreSQL full-text search)."))
public class SearchApi extends Application {
}
