package nova.gateway.infra;

import jakarta.json.spi.JsonProvider;

/**
 * The gateway's one JSON-P provider, looked up once. Each {@code Json.createReader/createWriter/create...Builder}
 * looks the provider up again (a ServiceLoader search through the application's class loaders): measured with
 * perf/gateway, that search was 7 % of the gateway's CPU for {@code { me { id username } }}.
 */
final class Jsonp {

    static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
