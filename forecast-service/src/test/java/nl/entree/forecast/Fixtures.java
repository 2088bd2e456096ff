package nl.entree.forecast;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntToLongFunction;

import io.restassured.http.ContentType;

import nl.entree.support.token.Tokens;

/** Builders for test data: every series gets an id of its own, so tests never see each other's data. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a monthly series and returns its id. */
    public static String monthlySeries(String prefix, String organisation, String caseType) {
        String id = uniqueId(prefix);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("id", id, "organisation", organisation,
                "granularity", "MONTH", "unit", "contacts", "definition", "test series"));
        if (caseType != null) {
            body.put("caseType", caseType);
        }
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/series").then().statusCode(201);
        return id;
    }

    /** Imports {@code months} months from {@code start}, the count of month i given by {@code count}. */
    public static void importMonths(String id, YearMonth start, int months, IntToLongFunction count) {
        StringBuilder csv = new StringBuilder("period,count\n");
        for (int i = 0; i < months; i++) {
            csv.append(start.plusMonths(i)).append(',').append(count.applyAsLong(i)).append('\n');
        }
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(csv.toString())
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);
    }

    /** The rows of one demo series from the repository's data/ (Surefire runs in the module's folder), as period,count. */
    public static String demoSeries(String name) {
        StringBuilder csv = new StringBuilder("period,count\n");
        for (String line : read(Path.of("../data/demo-monthly-contacts.csv")).split("\n")) {
            if (line.startsWith(name + ",")) {
                csv.append(line.substring(name.length() + 1).strip()).append('\n');
            }
        }
        return csv.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seasonal series with trend and fixed pseudo-random noise: 200 + 2t, ±15% by month. */
    public static long seasonal(int i) {
        double season = 1 + 0.15 * Math.sin(2 * Math.PI * i / 12.0);
        double noise = ((i * 7919L) % 13 - 6) * 2.0;
        return Math.round((200 + 2 * i) * season + noise);
    }
}
