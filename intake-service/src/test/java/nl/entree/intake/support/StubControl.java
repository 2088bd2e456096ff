package nl.entree.intake.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.ConfigProvider;

/** Steers {@link TriageStub} from a test. */
public final class StubControl {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private StubControl() {
    }

    public static void mode(String mode) {
        get("/mode/" + mode);
    }

    /** Moves the contact's case to another lead, as a decline and a coordinator's reassignment would. */
    public static void reassign(String contactId, String lead) {
        get("/reassign/" + contactId + "/" + lead);
    }

    /** How many reads of a case's parties mode HOLD keeps waiting now. */
    public static int held() {
        try {
            return JSON.readTree(get("/held/")).path("held").asInt();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often the stub was posted this contact, and whether it holds a case for it. */
    public static JsonNode received(String contactId) {
        try {
            return JSON.readTree(get("/received/" + contactId));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String get(String path) {
        String base = ConfigProvider.getConfig().getValue("entree.test.triage-stub.control", String.class);
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
