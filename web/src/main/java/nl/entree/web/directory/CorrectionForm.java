package nl.entree.web.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import nl.entree.web.backend.Hsds.Phone;
import nl.entree.web.backend.Hsds.Provenance;
import nl.entree.web.backend.Hsds.Schedule;
import nl.entree.web.backend.HsdsService;
import nl.entree.web.pages.FormText;

/**
 * The correction form for a regional centre (an HSDS service_at_location) or a service: its own phones, weekly hours
 * and days with other hours (holidays, a closure), and the source and date the editor checked them at; for a service
 * also its status, so that a service closed for the time being can be opened again. Rows come as
 * {@code phoneNumber0..n}, {@code days0..n}, {@code exFrom0..n} and so on; a row left empty is no row.
 */
public record CorrectionForm(String status, List<PhoneRow> phones, List<HoursRow> hours,
        List<ExceptionRow> exceptions, String source, String verifiedOn, boolean verified, String note,
        String basedOn) {

    /** HH:MM from 00:00 to 23:59, as the directory takes it; a closing time may also be {@link #END_OF_DAY}. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    /** ISO 8601's end of the day, as the form shows and takes it: open until midnight. */
    private static final String END_OF_DAY = "24:00";
    /**
     * The end of the day as HSDS writes it, and the directory stores and serves it: HSDS's time has no 24:00, and
     * its field guidance gives 00:00 to 23:59 for a service open all day. The form shows it as 24:00, which an
     * editor reads as "until midnight" where 23:59 would look like a minute left out.
     */
    private static final String HSDS_END_OF_DAY = "23:59";

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

    /** A day or days with other hours than the week's: closed when both times are empty. */
    public record ExceptionRow(String id, String from, String to, String opens, String closes, String description) {
        boolean empty() {
            return blank(from) && blank(to) && blank(opens) && blank(closes) && blank(description);
        }
    }

    /** A field web could not read, before anything is sent; {@code row} is the exception row, or -1. */
    static final class Unreadable extends RuntimeException {

        private final String field;
        private final int row;

        Unreadable(String field, int row) {
            super(field, null, false, false);
            this.field = field;
            this.row = row;
        }

        String field() {
            return field;
        }

        int row() {
            return row;
        }
    }

    /**
     * The form as first drawn from the record as it stands: its own phones, and the weekly rules and exceptions that
     * have not ended before {@code today}; nothing checked yet. {@code basedOn} is the version read (its ETag), sent
     * back with the correction. Rules and exceptions that are over stay in the record without a row, so years of past
     * holidays do not fill the form.
     */
    static CorrectionForm of(CorrectionSubject record, String basedOn, LocalDate today) {
        List<PhoneRow> phones = new ArrayList<>();
        for (Phone p : orEmpty(record.phones())) {
            phones.add(new PhoneRow(p.id(), p.number(), p.description()));
        }
        List<HoursRow> hours = new ArrayList<>();
        List<ExceptionRow> exceptions = new ArrayList<>();
        for (Schedule s : orEmpty(record.schedules())) {
            if (s.weekly() && !ended(s, today)) {
                hours.add(new HoursRow(s.id(), s.byday(), s.opens_at(), shown(s.closes_at())));
            } else if (shownOn(s, today)) {
                exceptions.add(new ExceptionRow(s.id(), s.valid_from().toString(),
                        s.valid_to() == null ? null : s.valid_to().toString(), s.opens_at(), shown(s.closes_at()),
                        s.description()));
            }
        }
        return new CorrectionForm(record.status(), phones, hours, exceptions, null, null, false, null, basedOn);
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
        List<ExceptionRow> exceptions = new ArrayList<>();
        for (int i = 0; fields.containsKey("exFrom" + i); i++) {
            ExceptionRow row = new ExceptionRow(trim(fields.getFirst("exId" + i)), trim(fields.getFirst("exFrom" + i)),
                    trim(fields.getFirst("exTo" + i)), trim(fields.getFirst("exOpens" + i)),
                    trim(fields.getFirst("exCloses" + i)), trim(fields.getFirst("exDescription" + i)));
            if (!row.empty()) {
                exceptions.add(row);
            }
        }
        return new CorrectionForm(trim(fields.getFirst("status")), phones, hours, exceptions,
                trim(fields.getFirst("source")), trim(fields.getFirst("verifiedOn")), fields.containsKey("verified"),
                trim(fields.getFirst("note")), trim(fields.getFirst("basedOn")));
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

    public List<ExceptionRow> exceptionRows() {
        List<ExceptionRow> rows = new ArrayList<>(exceptions);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ExceptionRow(null, null, null, null, null, null));
        }
        return rows;
    }

    /**
     * What a correction changes in a record; everything else is sent back as it was read. {@code status} is null for
     * a centre.
     */
    record Correction(String status, List<Phone> phones, List<Schedule> schedules, Provenance provenance) {
    }

    /**
     * The stored record's phones, weekly hours and current exceptions replaced by this form's; the exceptions that
     * ended before {@code today} as they were. The provenance is the editor's: the source they checked, when, and
     * whether they saw it there. The old quote came from the old source, so it goes.
     *
     * @throws Unreadable when a date is not a date (the browser's date fields send one or nothing), an exception
     *         has no first day or ends before it starts, has one time without the other or a time that is not
     *         HH:MM, or a service's status is not one of HSDS's
     */
    Correction apply(CorrectionSubject stored, LocalDate today) {
        if (stored.status() != null && (status == null || !HsdsService.STATUSES.contains(status))) {
            throw new Unreadable("status", -1);
        }
        Provenance old = stored.provenance() != null ? stored.provenance()
                : new Provenance(null, null, null, null, null, null, null, null);
        // The old note often says why the record covers its regions, which this form does not touch: it stays
        // unless the editor writes a new one.
        String keptNote = note != null ? note : old.note();
        List<String> unknown = new ArrayList<>(orEmpty(old.unknown()));
        Map<String, Phone> storedPhones = orEmpty(stored.phones()).stream().filter(p -> p.id() != null)
                .collect(Collectors.toMap(Phone::id, p -> p, (a, b) -> a));
        List<Phone> phoneRecords = new ArrayList<>();
        for (PhoneRow p : phones) {
            Phone was = p.id() == null ? null : storedPhones.get(p.id());
            boolean sameNumber = was != null && Objects.equals(was.number(), p.number());
            // The source's doubt is about this number: it stays with it until the number itself is changed.
            String caution = sameNumber && was.provenance() != null ? was.provenance().caution() : null;
            // A number whose own hours nobody knows (an office line listed beside a 24/7 one) keeps them unknown,
            // also under a new number: this form cannot give a number hours of its own, and without the mark the
            // directory would show it open with the option's hours.
            List<String> ownUnknown = was != null && was.provenance() != null ? was.provenance().unknown() : null;
            phoneRecords.add(new Phone(p.id() == null ? UUID.randomUUID().toString() : p.id(), p.number(),
                    was != null && was.type() != null ? was.type() : "voice", p.description(),
                    new Provenance(source == null ? "" : source, null, verified, null, null, null, caution,
                            ownUnknown)));
        }
        List<Schedule> schedules = new ArrayList<>();
        Map<String, Schedule> storedWeekly = orEmpty(stored.schedules()).stream()
                .filter(x -> x.weekly() && x.id() != null).collect(Collectors.toMap(Schedule::id, x -> x, (a, b) -> a));
        for (HoursRow h : hours) {
            // The form shows days and times only: a rule's validity (hours from a date on, or until one), its
            // description and notes stay as stored, or the hours would hold for ever; its own source only while the
            // hours are the same.
            Schedule was = h.id() == null ? null : storedWeekly.get(h.id());
            String closes = inHsds(h.closes());
            boolean same = was != null && Objects.equals(was.byday(), h.days()) && Objects.equals(was.opens_at(),
                    h.opens()) && Objects.equals(inHsds(was.closes_at()), closes);
            schedules.add(new Schedule(h.id() == null ? UUID.randomUUID().toString() : h.id(), "WEEKLY", h.days(),
                    h.opens(), closes, was == null ? null : was.valid_from(), was == null ? null : was.valid_to(),
                    was == null ? null : was.description(), was == null ? null : was.notes(),
                    same ? was.provenance() : null));
        }
        Set<String> hourRows = hours.stream().map(HoursRow::id).filter(Objects::nonNull).collect(Collectors.toSet());
        for (Schedule s : orEmpty(stored.schedules())) {
            if (s.weekly() && ended(s, today) && !hourRows.contains(s.id())) {
                schedules.add(s);
            }
        }
        for (int i = 0; i < exceptions.size(); i++) {
            schedules.add(exception(exceptions.get(i), i));
        }
        // A form drawn before midnight and sent after it still has a row for an exception that ended yesterday.
        Set<String> rows = exceptions.stream().map(ExceptionRow::id).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (Schedule s : orEmpty(stored.schedules())) {
            if (!s.weekly() && !shownOn(s, today) && !rows.contains(s.id())) {
                schedules.add(s);
            }
        }
        if (!phoneRecords.isEmpty()) {
            unknown.remove("phones");
        }
        if (!hours.isEmpty()) {
            unknown.remove("schedules");
        }
        // The record's own caution is about what this form does not touch (which municipalities a region holds).
        Provenance provenance = new Provenance(source, null, verified, date(verifiedOn, "provenance.verified_on", -1),
                !verified, keptNote, old.caution(), unknown);
        return new Correction(stored.status() == null ? null : status, phoneRecords, schedules, provenance);
    }

    /**
     * An HSDS dated exception: one day, or {@code from} to {@code to}. Its dates and times are checked here, since
     * the directory would name a fault by its place among all the schedules, which this form shows in two lists.
     */
    private static Schedule exception(ExceptionRow e, int row) {
        LocalDate from = date(e.from(), "exceptions.valid_from", row);
        if (from == null) {
            throw new Unreadable("exceptions.valid_from", row);
        }
        LocalDate to = date(e.to(), "exceptions.valid_to", row);
        if (to != null && to.isBefore(from)) {
            throw new Unreadable("exceptions.valid_to", row);
        }
        if (blank(e.opens()) != blank(e.closes())
                || !blank(e.opens()) && !TIME_OF_DAY.matcher(e.opens()).matches()) {
            throw new Unreadable("exceptions.opens_at", row);
        }
        if (!blank(e.closes()) && !TIME_OF_DAY.matcher(e.closes()).matches() && !END_OF_DAY.equals(e.closes())) {
            throw new Unreadable("exceptions.closes_at", row);
        }
        return new Schedule(e.id() == null ? UUID.randomUUID().toString() : e.id(), null, null, e.opens(),
                inHsds(e.closes()), from, to, e.description(), null, null);
    }

    /** A closing time as the form shows it: the end of the day as 24:00. */
    private static String shown(String closes) {
        return HSDS_END_OF_DAY.equals(closes) ? END_OF_DAY : closes;
    }

    /** A closing time as HSDS writes it: the end of the day as 23:59. */
    private static String inHsds(String closes) {
        return END_OF_DAY.equals(closes) ? HSDS_END_OF_DAY : closes;
    }

    /** A weekly rule that ended before {@code today}: kept in the record, as past exceptions are, without a row. */
    private static boolean ended(Schedule s, LocalDate today) {
        return s.valid_to() != null && s.valid_to().isBefore(today);
    }

    /** A dated exception that has not ended before {@code today}: the form shows it as a row. */
    private static boolean shownOn(Schedule s, LocalDate today) {
        if (s.valid_from() == null) {
            return false;
        }
        LocalDate last = s.valid_to() != null ? s.valid_to() : s.valid_from();
        return !last.isBefore(today);
    }

    private static LocalDate date(String value, String field, int row) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Unreadable(field, row);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String trim(String value) {
        return blank(value) ? null : FormText.stripped(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
