package nl.entree.web.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The correction form for a regional centre (an HSDS service_at_location): its own phones and weekly hours, and the
 * source and date the editor checked them at. Rows come as {@code phoneNumber0..n}, {@code days0..n} and so on; a
 * row left empty is no row.
 */
public record CorrectionForm(List<PhoneRow> phones, List<HoursRow> hours, String source, String verifiedOn,
        boolean verified, String note) {

    /** One more empty row than there are, so a number or a rule can be added without script. */
    static final int SPARE_ROWS = 1;

    public record PhoneRow(String id, String number, String description) {
        boolean empty() {
            return blank(number) && blank(description);
        }
    }

    public record HoursRow(String id, String days, String opens, String closes) {
        boolean empty() {
            return blank(days) && blank(opens) && blank(closes);
        }
    }

    /** The form as the record stands, for the first drawing: its own phones and weekly rules, nothing checked yet. */
    @SuppressWarnings("unchecked")
    static CorrectionForm of(Map<String, Object> record) {
        List<PhoneRow> phones = new ArrayList<>();
        for (Map<String, Object> p : list(record.get("phones"))) {
            phones.add(new PhoneRow(str(p.get("id")), str(p.get("number")), str(p.get("description"))));
        }
        List<HoursRow> hours = new ArrayList<>();
        for (Map<String, Object> s : list(record.get("schedules"))) {
            if (s.get("byday") != null) {
                hours.add(new HoursRow(str(s.get("id")), str(s.get("byday")), str(s.get("opens_at")),
                        str(s.get("closes_at"))));
            }
        }
        return new CorrectionForm(phones, hours, null, null, false, null);
    }

    static CorrectionForm of(MultivaluedMap<String, String> fields) {
        List<PhoneRow> phones = new ArrayList<>();
        for (int i = 0; fields.containsKey("phoneNumber" + i); i++) {
            PhoneRow row = new PhoneRow(trim(fields.getFirst("phoneId" + i)), trim(fields.getFirst("phoneNumber" + i)),
                    trim(fields.getFirst("phoneDescription" + i)));
            if (!row.empty()) {
                phones.add(row);
            }
        }
        List<HoursRow> hours = new ArrayList<>();
        for (int i = 0; fields.containsKey("days" + i); i++) {
            HoursRow row = new HoursRow(trim(fields.getFirst("hoursId" + i)), trim(fields.getFirst("days" + i)),
                    trim(fields.getFirst("opens" + i)), trim(fields.getFirst("closes" + i)));
            if (!row.empty()) {
                hours.add(row);
            }
        }
        return new CorrectionForm(phones, hours, trim(fields.getFirst("source")), trim(fields.getFirst("verifiedOn")),
                fields.containsKey("verified"), trim(fields.getFirst("note")));
    }

    /** The rows to draw: those there are, and a spare one. */
    public List<PhoneRow> phoneRows() {
        List<PhoneRow> rows = new ArrayList<>(phones);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new PhoneRow(null, null, null));
        }
        return rows;
    }

    public List<HoursRow> hoursRows() {
        List<HoursRow> rows = new ArrayList<>(hours);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new HoursRow(null, null, null, null));
        }
        return rows;
    }

    /**
     * The whole record for {@code PUT /api/directory/service_at_locations/{id}}: the stored one with this form's phones
     * and weekly hours; its dated exceptions and regions as they were. The provenance is the editor's: the source they
     * checked, when, and whether they saw it there. The old quote came from the old source, so it goes.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> apply(Map<String, Object> stored) {
        Map<String, Object> record = new LinkedHashMap<>(stored);
        // Read-only parts of the HSDS answer, not of the record.
        record.remove("location");
        record.remove("metadata");
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("source", source);
        provenance.put("verified", verified);
        provenance.put("verified_on", verifiedOn);
        provenance.put("check_before_use", !verified);
        Map<?, ?> old = stored.get("provenance") instanceof Map<?, ?> m ? m : Map.of();
        // The old note often says why the centre covers its regions, which this form does not touch: it stays
        // unless the editor writes a new one.
        Object keptNote = note != null ? note : old.get("note");
        if (keptNote != null) {
            provenance.put("note", keptNote);
        }
        List<String> unknown = new ArrayList<>();
        if (old.get("unknown") instanceof List<?> was) {
            was.forEach(u -> unknown.add(String.valueOf(u)));
        }
        List<Map<String, Object>> phoneRecords = new ArrayList<>();
        for (PhoneRow p : phones) {
            Map<String, Object> phone = new LinkedHashMap<>();
            phone.put("id", p.id() == null ? UUID.randomUUID().toString() : p.id());
            phone.put("number", p.number());
            phone.put("type", "voice");
            phone.put("description", p.description());
            phone.put("provenance", Map.of("source", source == null ? "" : source, "verified", verified));
            phoneRecords.add(phone);
        }
        List<Map<String, Object>> schedules = new ArrayList<>();
        for (HoursRow h : hours) {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("id", h.id() == null ? UUID.randomUUID().toString() : h.id());
            schedule.put("freq", "WEEKLY");
            schedule.put("byday", h.days());
            schedule.put("opens_at", h.opens());
            schedule.put("closes_at", h.closes());
            schedules.add(schedule);
        }
        for (Map<String, Object> s : list(stored.get("schedules"))) {
            if (s.get("byday") == null) {
                schedules.add(s);
            }
        }
        if (!phoneRecords.isEmpty()) {
            unknown.remove("phones");
        }
        if (!hours.isEmpty()) {
            unknown.remove("schedules");
        }
        provenance.put("unknown", unknown);
        record.put("phones", phoneRecords);
        record.put("schedules", schedules);
        record.put("provenance", provenance);
        return record;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
