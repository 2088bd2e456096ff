package nl.entree.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.entree.common.time.DutchTime;

/**
 * Bodies as directory-service writes them (its {@code ReachOption}, {@code Where}, HSDS {@code ServiceAtLocation}):
 * snake_case, every field the service sends, nulls where it sends null. {@code way_in} and {@code open_now} are the
 * directory's to decide: a stub that changes a channel's way in or its hours sets them as the directory would.
 */
final class DirectoryAnswers {

    static final String CSG_AMSTERDAM = "5f0b6c1e-3d2a-4c8e-9a51-0c6e2f7d1a13";
    static final String CSG_SERVICE = "a1d4e2b7-6f38-4b09-8c2d-5e7f1a9b3c42";
    static final String CSG_NATIONAL = "c3e8f1a2-9b47-4d6c-a0e5-7f2b8d1c6e09";
    static final String CSG_LINE = "7b2d4f6a-1c3e-4a5b-8d9f-0e2a4c6b8d13";
    /** The centre's coming closure, three weeks from the day the test runs: the form shows it as a row. */
    static final LocalDate CLOSED_FROM = LocalDate.now(DutchTime.ZONE).plusDays(20);
    static final LocalDate CLOSED_TO = CLOSED_FROM.plusDays(1);

    private DirectoryAnswers() {
    }

    /** A JSON object that keeps its order and may hold nulls, as the service writes them. */
    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The CSG's regional centre for Amsterdam-Amstelland: verified, open now until 17:00 Amsterdam time. */
    static Map<String, Object> csgAmsterdam() {
        return json("service_id", CSG_SERVICE, "service_at_location_id", CSG_AMSTERDAM, "organisation", "CSG",
                "organisation_name", "Centrum Seksueel Geweld", "name", "Acute hulp na seksueel geweld",
                "location_name", "CSG Amsterdam-Amstelland", "scope", "REGIONAL", "channel", "PHONE",
                "regions", List.of("VR13"), "area_note", null,
                "phones", List.of(json("number", "020-566 3000", "description", "dag en nacht", "verified", true,
                        "note", null)),
                "url", null, "email", null,
                "openness", json("state", "OPEN", "closes_at", "2026-12-04T16:00:00Z", "next_opens", null,
                        "hours", "ma–vr 09:00–17:00", "week", List.of(json("days", List.of("MONDAY", "TUESDAY",
                                "WEDNESDAY", "THURSDAY", "FRIDAY"), "opens_at", "09:00", "closes_at", "17:00")),
                        "round_the_clock", false, "other_hours", List.of(
                                json("from", "2026-12-24", "to", "2026-12-24", "opens_at", "09:00",
                                        "closes_at", "13:00", "description", "Kerstavond"),
                                json("from", "2026-12-25", "to", "2026-12-26", "opens_at", null, "closes_at", null,
                                        "description", "Kerst"))),
                "needs", List.of("MEDICAL", "FORENSIC", "PSYCHOLOGICAL"), "verified", true,
                "verified_on", "2026-10-01", "source", "https://centrumseksueelgeweld.nl/amsterdam",
                "centre_source", "https://centrumseksueelgeweld.nl/amsterdam/contact", "check_before_use", false,
                "note", "Ook voor Zaanstreek-Waterland na middernacht.",
                "unknown", List.of(), "way_in", true, "open_now", true);
    }

    /** The CSG's national chat: not verified, closed until tomorrow, with an address that must not become a link. */
    static Map<String, Object> csgChat() {
        return json("service_id", CSG_NATIONAL, "service_at_location_id", null, "organisation", "CSG",
                "organisation_name", "Centrum Seksueel Geweld", "name", "Chat met het CSG", "location_name", null,
                "scope", "NATIONAL", "channel", "CHAT", "regions", List.of(), "area_note", "heel Nederland",
                "phones", List.of(), "url", "javascript:alert(1)", "email", "info@centrumseksueelgeweld.nl",
                "openness", json("state", "CLOSED", "closes_at", null, "next_opens", "2026-12-05T08:00:00Z",
                        "hours", "elke dag 09:00–21:00", "week", List.of(json("days", List.of("MONDAY", "TUESDAY",
                                "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "opens_at", "09:00",
                                "closes_at", "21:00")), "round_the_clock", false),
                "needs", List.of("INFORMATION"), "verified", false, "verified_on", null,
                "source", "https://centrumseksueelgeweld.nl/chat", "check_before_use", true, "note", null,
                "unknown", List.of("phones"), "way_in", true, "open_now", false);
    }

    /** Veilig Thuis's walk-in desk, whose hours nobody found. */
    static Map<String, Object> vtWalkIn() {
        return json("service_id", "e7a1c9d3-2b58-4f06-b4e1-9d3c7a2f8b51",
                "service_at_location_id", "f2b6d8e4-1c37-4a95-8e20-6b4d9f1a7c38", "organisation", "VT",
                "organisation_name", "Veilig Thuis", "name", "Inloopspreekuur", "location_name",
                "Veilig Thuis Amsterdam-Amstelland", "scope", "REGIONAL", "channel", "WALK_IN",
                "regions", List.of("VR13", "VR12"), "area_note", null, "phones", List.of(), "url", null,
                "email", null, "openness", json("state", "UNKNOWN", "closes_at", null, "next_opens", null,
                        "hours", null, "week", null, "round_the_clock", false),
                "needs", List.of("SAFETY"), "verified", false, "verified_on", null, "source", null,
                "check_before_use", true, "note", null, "unknown", List.of("schedules"), "way_in", false,
                "open_now", false);
    }

    /** {@code GET /api/directory/where} for the CSG in a region, at a moment. */
    static Map<String, Object> where(String region, Map<String, Object> regional, List<Map<String, Object>> options,
            boolean checkBeforeUse) {
        return json("organisation", "CSG", "region", region, "at", "2026-12-04T12:00:00Z", "regional", regional,
                "options", options, "check_before_use", checkBeforeUse);
    }

    static Map<String, Object> provenance(String source, boolean verified, String verifiedOn, String note,
            List<String> unknown) {
        return json("source", source, "verified", verified, "verified_on", verifiedOn,
                "check_before_use", !verified, "note", note, "unknown", unknown);
    }

    /**
     * {@code GET /service_at_locations/{id}}: the centre with its own phone, a weekly rule, a coming closure and a past
     * one, its regions, where its facts come from, its location and the history of a correction. Empty fields are left
     * out, as HSDS writes them.
     */
    /** What the source itself doubts about the centre's number, and about the municipalities its region holds. */
    static final String PHONE_CAUTION = "gezien in een artikel uit 2016; of het nog werkt is onbekend";
    static final String AREA_CAUTION = "de bron noemt 14 gemeenten, niet welke";

    static Map<String, Object> centre() {
        return json("id", CSG_AMSTERDAM, "service_id", CSG_SERVICE, "location_id",
                "9d2e4f6a-8b1c-4e3d-a5f7-2c9b1d8e6a40", "description", "De acute hulp van het CSG in de regio",
                "phones", List.of(json("id", "b8c1d3e5-7f92-4a64-9e1b-3d5f7a9c2e14", "number", "020-566 3000",
                        "type", "voice", "description", "dag en nacht",
                        "provenance", json("source", "https://centrumseksueelgeweld.nl/amsterdam", "verified", true,
                                "caution", PHONE_CAUTION))),
                "schedules", List.of(
                        json("id", "d4e6f8a1-3b5c-4d7e-9f2a-1c3e5b7d9f62", "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR",
                                "opens_at", "09:00", "closes_at", "17:00"),
                        json("id", "e5f7a9b2-4c6d-4e8f-a1b3-2d4f6a8c1e73", "valid_from", CLOSED_FROM.toString(),
                                "valid_to", CLOSED_TO.toString(), "description", "Kerst: gesloten"),
                        json("id", "a3c5e7f9-2b4d-4f6a-8c1e-5b7d9f2a4c60", "valid_from", "2025-12-25",
                                "valid_to", "2025-12-26", "description", "Kerst 2025: gesloten")),
                "service_areas", List.of(json("id", "f6a8b1c3-5d7e-4f9a-b2c4-3e5a7c9e2f84", "name",
                        "Amsterdam-Amstelland", "extent", "VR13", "extent_type", "safety_region", "provenance",
                        json("source", "https://centrumseksueelgeweld.nl/amsterdam", "caution", AREA_CAUTION))),
                "languages", List.of(json("id", "c2e4a6b8-1d3f-4a5c-9e7b-8d1f3a5c7e90", "name", "Nederlands",
                        "code", "nl")),
                "provenance", json("source", "https://centrumseksueelgeweld.nl/amsterdam", "quote",
                        "Bel 020-566 3000, dag en nacht", "verified", true, "verified_on", "2026-10-01",
                        "check_before_use", false, "note", "Dekt ook Zaanstreek-Waterland.",
                        "caution", AREA_CAUTION, "unknown", List.of("phones")),
                "location", json("id", "9d2e4f6a-8b1c-4e3d-a5f7-2c9b1d8e6a40", "location_type", "physical",
                        "organization_id", "1a3c5e7b-9d2f-4b6a-8c1e-3f5b7d9a2c46", "name", "CSG Amsterdam-Amstelland"),
                "metadata", List.of(json("id", "a7b9c2d4-6e8f-4a1b-93c5-4f6a8b1d3e95", "resource_id", CSG_AMSTERDAM,
                        "resource_type", "service_at_location", "last_action_date", "2026-11-02T14:30:00Z",
                        "last_action_type", "update", "field_name", "phones", "previous_value", "020-000 0000",
                        "replacement_value", "020-566 3000", "updated_by", "editor-1")));
    }

    /**
     * {@code GET /services/{id}}: the CSG's national line with its phone, a weekly rule and a coming holiday, the
     * whole country as its area, fields web does not model (url, channel, needs, languages), its organisation, a
     * centre, and the history of a correction.
     */
    static Map<String, Object> nationalLine() {
        return json("id", CSG_LINE, "organization_id", "1a3c5e7b-9d2f-4b6a-8c1e-3f5b7d9a2c46",
                "name", "Landelijk telefoonnummer", "url", "https://www.centrumseksueelgeweld.nl", "status", "active",
                "last_modified", "2026-11-02T14:30:00Z",
                "phones", List.of(json("id", "3e5a7c9b-2d4f-4a6c-8e1b-5d7f9a2c4e61", "number", "0800-0188",
                        "type", "voice", "description", "gratis, 24/7",
                        "provenance", json("source", "https://www.centrumseksueelgeweld.nl/category/in-de-media/",
                                "verified", true))),
                "schedules", List.of(
                        json("id", "4f6b8d1c-3e5a-4b7d-9f2c-6e8a1b3d5f72", "freq", "WEEKLY",
                                "byday", "MO,TU,WE,TH,FR,SA,SU", "opens_at", "00:00", "closes_at", "23:59"),
                        json("id", "5a7c9e2d-4f6b-4c8e-a1d3-7f9b2c4e6a83", "opens_at", "10:00", "closes_at", "14:00",
                                "valid_from", CLOSED_FROM.toString(), "description", "Feestdag: korter open")),
                "service_areas", List.of(json("id", "6b8d1f3e-5a7c-4d9f-b2e4-8a1c3e5f7b94", "name",
                        "Nederland (landelijk)", "extent", "NL", "extent_type", "country")),
                "languages", List.of(json("id", "d3f5b7c9-2e4a-4b6d-8f1c-9e2a4c6e8b05", "name", "Nederlands",
                        "code", "nl")),
                "channel", "PHONE", "needs", List.of("MEDICAL", "FORENSIC", "PSYCHOLOGICAL"),
                "provenance", json("source", "https://www.centrumseksueelgeweld.nl/category/in-de-media/", "quote",
                        "Het CSG is 24/7 bereikbaar op het telefoonnummer 0800-0188", "verified", true,
                        "verified_on", "2026-10-01", "check_before_use", false, "note",
                        "Doorgezet naar het regionale CSG.", "unknown", List.of()),
                "organization", json("id", "1a3c5e7b-9d2f-4b6a-8c1e-3f5b7d9a2c46", "name", "Centrum Seksueel Geweld"),
                "service_at_locations", List.of(json("id", CSG_AMSTERDAM, "service_id", CSG_LINE)),
                "metadata", List.of(json("id", "b8d1f3a5-7c9e-4b2d-a4f6-1c3e5a7b9d06", "resource_id", CSG_LINE,
                        "resource_type", "service", "last_action_date", "2026-11-02T14:30:00Z",
                        "last_action_type", "update", "field_name", "schedules", "previous_value", "[]",
                        "replacement_value", "MO,TU,WE,TH,FR,SA,SU 00:00-24:00", "updated_by", "editor-1")));
    }
}
