package nova.media.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nova.platform.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The media context's REST API, rooted at the server's context root. Members present identity's access token
 * (MicroProfile JWT); {@code /files/...} is open to whoever holds a URL this context handed out (a private
 * file's URL is signed and expires).
 */
@ApplicationPath("/")
@DeclareRoles({Permissions.SIGNED_IN})
@OpenAPIDefinition(info = @Info(title = "Nova media", version = "1", description = "Uploads, metadata, thumbnails and transcoding."))
public class MediaApi extends Application {
}
