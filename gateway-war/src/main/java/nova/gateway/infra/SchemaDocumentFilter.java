package nova.gateway.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Serves the engine's schema document completed by {@link SchemaDocument}, so that it builds on its own. */
public class SchemaDocumentFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setCharacterEncoding("UTF-8"); // the engine names no charset: descriptions may hold any character
        ErrorExtensionsFilter.HeldResponse held = new ErrorExtensionsFilter.HeldResponse(response);
        chain.doFilter(request, held);
        byte[] body = held.body();
        if (response.isCommitted()) {
            return;
        }
        if (held.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
            Charset charset = held.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(held.getCharacterEncoding());
            body = SchemaDocument.complete(new String(body, charset)).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
