package nl.entree.web.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import nl.entree.web.backend.Hsds.Phone;
import nl.entree.web.backend.Hsds.Provenance;
import nl.entree.web.backend.Hsds.Schedule;

/**
 * The correction form for a regional centre (an HSDS service_at_location) or a service: its own phones and weekly
 * hours, and the source and date the editor checked them at. Rows come as {@code phoneNumber0..n}, {@code days0..n}
 * and so on; a row left empty is no row.
 */
public record CorrectionForm(List<PhoneRow> phones, List<HoursRow> hours, String source, String verifiedOn,
        boolean verified, String note, String basedOn) {

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

    /**
     * The form as first drawn from the record as it stands: its own phones and weekly rules, nothing checked yet;
     * {@code basedOn} is the version read (its ETag), sent back with the correction.
     */
    static CorrectionForm of(CorrectionSubject record, String basedOn) {
        List<PhoneRow> phones = new ArrayList<>();
        for (Phone p : orEmpty(record.phones())) {
            phones.add(new PhoneRow(p.id(), p.number(), p.description()));
        }
        List<HoursRow> hours = new ArrayList<>();
        for (Schedule s : orEmpty(record.schedules())) {
            if (s.weekly()) {
                hours.add(new HoursRow(s.id(), s.byday(), s.opens_at(), s.closes_at()));
            }
        }
        return new CorrectionForm(phones, hours, null, null, false, null, basedOn);
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
                fields.containsKey("verified"), trim(fields.getFirst("note")), trim(fields.getFirst("basedOn")));
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

    /** What a correction changes in a record; everything else is sent back as it was read. */
    record Correction(List<Phone> phones, List<Schedule> schedules, Provenance provenance) {
    }

    /**
     * The stored record's phones and weekly hours replaced by this form's; its dated exceptions as they were. The
     * provenance is the editor's: the source they checked, when, and whether they saw it there. The old quote came
     * from the old source, so it goes.
     *
     * @throws DateTimeParseException when the date checked is not a date (the browser's date field sends one)
     */
    Correction apply(CorrectionSubject stored) {
        Provenance old = stored.provenance() != null ? stored.provenance()
                : new Provenance(null, null, null, null, null, null, null);
        // The old note often says why the record covers its regions, which this form does not touch: it stays
        // unless the editor writes a new one.
        String keptNote = note != null ? note : old.note();
        List<String> unknown = new ArrayList<>(orEmpty(old.unknown()));
        List<Phone> phoneRecords = new ArrayList<>();
        for (PhoneRow p : phones) {
            phoneRecords.add(new Phone(p.id() == null ? UUID.randomUUID().toString() : p.id(), p.number(), "voice",
                    p.description(), new Provenance(source == null ? "" : source, null, verified, null, null, null,
                            null)));
        }
        List<Schedule> schedules = new ArrayList<>();
        for (HoursRow h : hours) {
            schedules.add(new Schedule(h.id() == null ? UUID.randomUUID().toString() : h.id(), "WEEKLY", h.days(),
                    h.opens(), h.closes(), null, null, null, null, null));
        }
        for (Schedule s : orEmpty(stored.schedules())) {
            if (!s.weekly()) {
                schedules.add(s);
            }
        }
        if (!phoneRecords.isEmpty()) {
            unknown.remove("phones");
        }
        if (!hours.isEmpty()) {
            unknown.remove("schedules");
        }
        Provenance provenance = new Provenance(source, null, verified,
                verifiedOn == null ? null : LocalDate.parse(verifiedOn), !verified, keptNote, unknown);
        return new Correction(phoneRecords, schedules, provenance);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
