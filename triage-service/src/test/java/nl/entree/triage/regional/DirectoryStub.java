package nl.entree.triage.regional;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import nl.entree.support.stub.WireMockStubs;

/**
 * Stands in for directory-service at its HTTP boundary: CSG's centre for Amsterdam-Amstelland (VR13), no centre
 * elsewhere, and a switch to make it unavailable. The real directory answers in the e2e suite (DirectoryIT).
 */
public final class DirectoryStub {

    static final String AMSTERDAM_CENTRE = "6f0d4d1e-2b8c-3a4f-9e6d-0a1b2c3d4e5f";
    private static final String WHERE = "/api/directory/where";
    private static WireMockServer server;
    private static StubMapping down;

    private DirectoryStub() {
    }

    public static synchronized String start() {
        server = WireMockStubs.start(0);
        server.stubFor(get(urlPathEqualTo(WHERE)).willReturn(jsonResponse("{\"regional\":null,\"options\":[]}", 200)));
        server.stubFor(get(urlPathEqualTo(WHERE)).atPriority(4)
                .withQueryParam("organisation", equalTo("CSG")).withQueryParam("region", equalTo("VR13"))
                .willReturn(jsonResponse("{\"regional\":{\"service_id\":\"00000000-0000-0000-0000-000000000001\","
                        + "\"service_at_location_id\":\"" + AMSTERDAM_CENTRE + "\","
                        + "\"name\":\"Centrum Seksueel Geweld – telefoon\","
                        + "\"location_name\":\"CSG Amsterdam-Amstelland\",\"scope\":\"REGIONAL\"},\"options\":[]}",
                        200)));
        // VR08 belongs to RegionalServiceTest: a directory that names its centre by an id that is not a UUID.
        server.stubFor(get(urlPathEqualTo(WHERE)).atPriority(4)
                .withQueryParam("organisation", equalTo("CSG")).withQueryParam("region", equalTo("VR08"))
                .willReturn(jsonResponse("{\"regional\":{\"service_id\":\"csg-haaglanden\","
                        + "\"name\":\"Centrum Seksueel Geweld – telefoon\"},\"options\":[]}", 200)));
        server.stubFor(get(urlPathEqualTo(WHERE)).atPriority(2).andMatching(WireMockStubs.withoutRole("service"))
                .willReturn(jsonResponse("{\"status\":401}", 401)));
        return WireMockStubs.baseUrl(server);
    }

    /** Down answers 503 to everyone, before the token is even read. */
    public static synchronized void down(boolean isDown) {
        if (isDown && down == null) {
            down = server.stubFor(get(urlPathEqualTo(WHERE)).atPriority(1)
                    .willReturn(jsonResponse("{\"status\":503}", 503)));
        } else if (!isDown && down != null) {
            server.removeStub(down);
            down = null;
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
