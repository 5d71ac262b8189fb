package nova.media.infra;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The media context's REST API, rooted at the server's context root. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Nova media", version = "1", description = "Uploads, metadata, thumbnails and transcoding."))
public class MediaApi extends Application {
}
