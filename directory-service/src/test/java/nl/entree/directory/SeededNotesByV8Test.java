package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.directory.hsds.Location;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.support.db.OlderSchema;

/**
 * V8 gives a directory seeded before it what a new seed gives: the facts' authors' notes out of public fields and in
 * the provenance, and Fier's offices without the regions nothing in the facts maps them to. It leaves alone whatever
 * an editor has changed since.
 */
@QuarkusTest
class SeededNotesByV8Test {

    private static final Instant SEEDED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String SEED_NOTE = "Seed uit data/directory-facts.json: controleer vóór gebruik.";
    private static final String FIER_LINE = "979694cb-c715-39a5-bda1-f51c3311ca54";
    private static final String FIER_SAID = "general/crisis number not present in stored pages";
    private static final String CSG_CHAT = "f2245638-8665-350a-a550-e5a3a06d451b";
    private static final String CSG_CHAT_SAID = "(claimed by a partner page; not seen on CSG's own site)";
    private static final String SHN_OFFICE_SAID = "Utrecht, near 24 Oktoberplein (street address not found)";
    private static final UUID LEEUWARDEN_AT = UUID.fromString("f7dcbb5b-6e78-3677-bd7d-8ae73f391252");
    private static final UUID CAPELLE_AT = UUID.fromString("c4afe68e-4ec4-3c7a-834d-281d0bf0e089");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void aSeededDirectoryGetsWhatANewSeedGivesAndAnEditorsCorrectionStays() throws Exception {
        Service fierLine = read("/services/" + FIER_LINE, Service.class).stored();
        Service csgChat = read("/services/" + CSG_CHAT, Service.class).stored();
        Location shnOffice = location("Slachtofferhulp Nederland", "Slachtofferhulp Nederland – kantoor");
        Location zwolle = location("Centrum Seksueel Geweld", "CSG Zwolle (Isala)");
        ServiceAtLocation zwolleAt = atLocation(zwolle.id());
        String basis = zwolleAt.provenance().note().substring(SEED_NOTE.length() + 1);
        Location leeuwarden = location("Fier", "Fier Leeuwarden (hoofdvestiging)");
        Location capelle = location("Fier", "Fier Capelle aan den IJssel (Veilige Veste)");

        try (OlderSchema old = OlderSchema.at(dataSource, "before_v8", "7")) {
            UUID org = UUID.randomUUID();
            insert(old, "organization", "(id, code, name, last_modified, document) values (?, 'FIER', 'Fier', ?, "
                    + "?::jsonb)", org, "{}");
            insertService(old, org, fierLine.id(), "fier – telefoon " + FIER_SAID, asSeededBefore(fierLine));
            insertService(old, org, csgChat.id(), "csg – chat", asSeededBefore(csgChat));
            insertLocation(old, org, shnOffice, as(shnOffice, SHN_OFFICE_SAID, SEED_NOTE));
            insertLocation(old, org, zwolle, as(zwolle, basis,
                    zwolle.provenance().note().replace(" Grondslag werkgebied: " + basis, "")));
            insertAt(old, UUID.fromString(zwolleAt.id()), csgChat.id(), zwolle.id(), zwolleAt);
            insertLocation(old, org, leeuwarden, as(leeuwarden, null, SEED_NOTE));
            insertLocation(old, org, capelle, as(capelle, null, SEED_NOTE));
            insertAt(old, LEEUWARDEN_AT, fierLine.id(), leeuwarden.id(), fierOffice(leeuwarden, "VR02", null));
            // An editor checked Capelle's region at a source: a correction, so V8 leaves it.
            ServiceAtLocation corrected = fierOffice(capelle, "VR17", "2026-11-30");
            insertAt(old, CAPELLE_AT, fierLine.id(), capelle.id(), corrected);

            old.migrateToLatest();

            assertEquals(fierLine, document(old, "service", fierLine.id(), Service.class), "as a new seed has it");
            assertEquals("fier – telefoon|4|true", row(old, "select search_text || '|' || version || '|' || "
                    + "(last_modified > '" + SEEDED + "')::text from %s where id = ?", "service", fierLine.id()),
                    "a client syncing by modified_after and an editor's open form both notice");
            assertEquals(csgChat, document(old, "service", csgChat.id(), Service.class));
            assertEquals(shnOffice, document(old, "location", shnOffice.id(), Location.class));
            assertEquals(zwolle, document(old, "location", zwolle.id(), Location.class));
            assertEquals(leeuwarden, document(old, "location", leeuwarden.id(), Location.class));
            assertEquals(SEED_NOTE + " Geen werkgebied: de bron geeft geen grondslag voor VR02.",
                    leeuwarden.provenance().note());
            assertEquals("0", row(old, "select count(*)::text from %s where id = ?", "service_at_location",
                    LEEUWARDEN_AT.toString()), "no longer a centre that leads VR02");
            assertEquals(corrected, document(old, "service_at_location", CAPELLE_AT.toString(),
                    ServiceAtLocation.class), "an editor's correction stays");
            assertEquals(SEED_NOTE, document(old, "location", capelle.id(), Location.class).provenance().note(),
                    "an office an editor kept as a centre is not said to have no area");
            assertEquals("true", row(old, "select (last_modified > '" + SEEDED + "')::text from %s where id = ?",
                    "location", zwolle.id()));
        }
    }

    /** The line or chat as the seed wrote it before: the authors' note in a public field, not in the provenance. */
    private static Service asSeededBefore(Service now) {
        if (FIER_LINE.equals(now.id())) {
            Provenance p = now.provenance();
            return new Service(now.id(), now.organizationId(), now.name(), now.alternateName(), FIER_SAID, now.url(),
                    now.email(), now.status(), now.lastModified(), now.assuredDate(), now.alert(), now.phones(),
                    now.schedules(), now.serviceAreas(), now.languages(), now.channel(), now.needs(),
                    new Provenance(p.source(), p.quote(), p.verified(), p.verifiedOn(), p.checkBeforeUse(),
                            p.note().replace(" Omschrijving in de bron: " + FIER_SAID, ""), p.caution(),
                            p.unknown()), null, null, null);
        }
        Schedule s = now.schedules().get(0);
        return new Service(now.id(), now.organizationId(), now.name(), now.alternateName(), now.description(),
                now.url(), now.email(), now.status(), now.lastModified(), now.assuredDate(), now.alert(), now.phones(),
                List.of(new Schedule(s.id(), s.freq(), s.byday(), s.opensAt(), s.closesAt(), s.validFrom(),
                        s.validTo(), s.description(), CSG_CHAT_SAID, s.provenance())),
                now.serviceAreas(), now.languages(), now.channel(), now.needs(), now.provenance(), null, null, null);
    }

    private static Location as(Location now, String description, String note) {
        Provenance p = now.provenance();
        return new Location(now.id(), now.locationType(), now.organizationId(), now.name(), description, now.url(),
                now.addresses(), now.accessibility(), now.languages(), new Provenance(p.source(), p.quote(),
                        p.verified(), p.verifiedOn(), p.checkBeforeUse(), note, p.caution(), p.unknown()), null);
    }

    /** Fier's office as the seed made it a centre of Fier's line, or as an editor corrected it since. */
    private static ServiceAtLocation fierOffice(Location office, String region, String verifiedOn) {
        return new ServiceAtLocation(null, FIER_LINE, office.id(), office.name(), null, null,
                List.of(new ServiceArea(UUID.randomUUID().toString(), region, null, region,
                        ServiceArea.TEXT, null)),
                new Provenance("https://example.org/office", null, verifiedOn != null,
                        verifiedOn == null ? null : LocalDate.parse(verifiedOn), true, SEED_NOTE, null,
                        new ArrayList<>(List.of("verified_on"))), null, null);
    }

    private <T> T read(String path, Class<T> type) throws Exception {
        return json.readValue(given().when().get(path).then().statusCode(200).extract().asString(), type);
    }

    private Location location(String organisation, String name) throws Exception {
        JsonNode orgs = json.readTree(given().queryParam("search", organisation).when().get("/organizations")
                .then().statusCode(200).extract().asString()).path("contents");
        for (JsonNode place : json.readTree(given().when().get("/organizations/" + orgs.path(0).path("id").asText())
                .then().statusCode(200).extract().asString()).path("locations")) {
            if (name.equals(place.path("name").asText())) {
                return json.treeToValue(place, Location.class).stored();
            }
        }
        throw new AssertionError(name + " is not among " + organisation + "'s locations");
    }

    private ServiceAtLocation atLocation(String locationId) throws Exception {
        for (JsonNode at : json.readTree(given().queryParam("per_page", 500).when().get("/service_at_locations")
                .then().statusCode(200).extract().asString()).path("contents")) {
            if (locationId.equals(at.path("location_id").asText())) {
                return json.treeToValue(at, ServiceAtLocation.class).stored();
            }
        }
        throw new AssertionError("no service_at_location at " + locationId);
    }

    private void insertService(OlderSchema old, UUID org, String id, String searchText, Service document)
            throws Exception {
        insert(old, "service", "(id, organization_id, name, status, search_text, last_modified, document, version)"
                + " values (?, '" + org + "', ?, 'active', ?, ?, ?::jsonb, 3)", UUID.fromString(id),
                document.name(), searchText, json.writeValueAsString(document));
    }

    private void insertLocation(OlderSchema old, UUID org, Location now, Location before) throws Exception {
        insert(old, "location", "(id, organization_id, name, last_modified, document) values (?, '" + org
                + "', ?, ?, ?::jsonb)", UUID.fromString(now.id()), now.name(), json.writeValueAsString(before));
    }

    private void insertAt(OlderSchema old, UUID id, String serviceId, String locationId, ServiceAtLocation document)
            throws Exception {
        insert(old, "service_at_location", "(id, service_id, location_id, last_modified, document, version)"
                + " values (?, '" + serviceId + "', '" + locationId + "', ?, ?::jsonb, 0)", id,
                json.writeValueAsString(document));
    }

    private void insert(OlderSchema old, String table, String rest, UUID id, String... values) throws SQLException {
        SeededRows.insert(dataSource, old, SEEDED, table, rest, id, values);
    }

    private <T> T document(OlderSchema old, String table, String id, Class<T> type) throws Exception {
        return json.readValue(row(old, "select document::text from %s where id = ?", table, id), type);
    }

    private String row(OlderSchema old, String sql, String table, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(String.format(sql, old.table(table)))) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
