package nl.entree.support.stub;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * What every stand-in for another service shares, on WireMock: a server on the loopback address, answers that are
 * a function of the request (for a stub mapping to name in {@code withTransformers}), a matcher on the caller's
 * role, and JSON written as the services write it.
 */
public final class WireMockStubs {

    /** Records such as {@code TriageDecision} are written as the services write them: times as ISO-8601 text. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private WireMockStubs() {
    }

    /**
     * A started server on 127.0.0.1; port 0 takes a free one. A server stopped with {@code stop()} starts again on
     * the same port only when it was given one ({@link #freePort()}), as a stub that can be taken down needs.
     */
    public static WireMockServer start(int port, Extension... extensions) {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port)
                .gzipDisabled(true).extensions(extensions));
        server.start();
        return server;
    }

    public static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** A port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer computed from the request, under a name that stub mappings use in {@code withTransformers}. */
    public static ResponseDefinitionTransformerV2 answer(String name, Function<Request, ResponseDefinition> answer) {
        return new ResponseDefinitionTransformerV2() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean applyGlobally() {
                return false;
            }

            @Override
            public ResponseDefinition transform(ServeEvent serveEvent) {
                return answer.apply(serveEvent.getRequest());
            }
        };
    }

    /** Matches a request whose bearer token does not claim the role: what a real service refuses with a 401. */
    public static ValueMatcher<Request> withoutRole(String role) {
        return request -> MatchResult.of(!StubHttp.hasRole(request.getHeader("Authorization"), role));
    }

    /** Matches a request whose bearer token claims the role, to find the calls a real service would accept. */
    public static ValueMatcher<Request> withRole(String role) {
        return request -> MatchResult.of(StubHttp.hasRole(request.getHeader("Authorization"), role));
    }

    /** A JSON answer; a body that is not a String (a record, a map, a JsonNode) is written as the services would. */
    public static ResponseDefinition json(int status, Object body) {
        return WireMock.jsonResponse(body instanceof String text ? text : write(body), status).build();
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
