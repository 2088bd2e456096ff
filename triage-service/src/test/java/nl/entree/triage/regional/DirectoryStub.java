package nl.entree.triage.regional;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

import nl.entree.support.stub.StubHttp;

/**
 * Stands in for directory-service at its HTTP boundary: CSG's centre for Amsterdam-Amstelland (VR13), no centre
 * elsewhere, and a switch to make it unavailable. The real directory answers in the e2e suite (DirectoryIT).
 */
public final class DirectoryStub {

    static final String AMSTERDAM_CENTRE = "6f0d4d1e-2b8c-3a4f-9e6d-0a1b2c3d4e5f";
    private static HttpServer server;
    private static volatile boolean down;

    private DirectoryStub() {
    }

    public static synchronized String start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The directory stub could not start", e);
        }
        server.createContext("/api/directory/where", exchange -> {
            if (down) {
                StubHttp.respond(exchange, 503, "{\"status\":503}");
                return;
            }
            if (!StubHttp.hasRole(exchange.getRequestHeaders().getFirst("Authorization"), "service")) {
                StubHttp.respond(exchange, 401, "{\"status\":401}");
                return;
            }
            boolean amsterdam = "CSG".equals(StubHttp.queryParam(exchange, "organisation"))
                    && "VR13".equals(StubHttp.queryParam(exchange, "region"));
            StubHttp.respond(exchange, 200, amsterdam
                    ? "{\"regional\":{\"service_id\":\"00000000-0000-0000-0000-000000000001\","
                            + "\"service_at_location_id\":\"" + AMSTERDAM_CENTRE + "\","
                            + "\"name\":\"Centrum Seksueel Geweld – telefoon\","
                            + "\"location_name\":\"CSG Amsterdam-Amstelland\",\"scope\":\"REGIONAL\"},\"options\":[]}"
                    : "{\"regional\":null,\"options\":[]}");
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static void down(boolean isDown) {
        down = isDown;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
