package nl.entree.directory.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.entree.common.problem.Problem.Violation;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.directory.hsds.Accessibility;
import nl.entree.directory.hsds.Directory;
import nl.entree.directory.hsds.Language;
import nl.entree.directory.hsds.Location;
import nl.entree.directory.hsds.Organization;
import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.directory.hsds.WebAddress;
import nl.entree.directory.opening.OpeningHours;

/**
 * The rules a directory record must meet before it is stored, each broken rule named by its JSON path, so that an
 * import or a correction is refused whole and the editor sees every fault at once.
 */
final class DirectoryValidator {

    static final int MAX_VIOLATIONS = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 ()\\-–]{2,30}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:]+");
    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final List<String> ORGANISATION_CODES =
            Arrays.stream(Organisation.values()).map(Enum::name).toList();

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    List<Violation> violations() {
        return violations.size() > MAX_VIOLATIONS ? violations.subList(0, MAX_VIOLATIONS) : violations;
    }

    /**
     * A validator for one record that already knows every id the rest of the directory uses, nested ones included, so
     * that a single write is held to what an import of the whole would check: an id used twice would make the next
     * export impossible to import back. What is wrong in the rest is not this write's to answer for.
     */
    static DirectoryValidator knowing(Directory rest) {
        DirectoryValidator v = new DirectoryValidator();
        Set<String> none = Set.of();
        orEmpty(rest.organizations()).stream().filter(Objects::nonNull).forEach(o -> v.organization("rest", o));
        orEmpty(rest.locations()).stream().filter(Objects::nonNull).forEach(l -> v.location("rest", l, none));
        orEmpty(rest.services()).stream().filter(Objects::nonNull).forEach(x -> v.service("rest", x, none));
        orEmpty(rest.serviceAtLocations()).stream().filter(Objects::nonNull)
                .forEach(x -> v.serviceAtLocation("rest", x, none, none));
        v.violations.clear();
        return v;
    }

    /** A whole directory: every record, and every reference between them. */
    static List<Violation> check(Directory d) {
        DirectoryValidator v = new DirectoryValidator();
        if (d.hsdsVersion() != null && !Directory.HSDS_VERSION.equals(d.hsdsVersion())) {
            v.add("hsds_version", "must be " + Directory.HSDS_VERSION);
        }
        // An import replaces the whole directory: an empty one would leave the sociale kaart and the public front door
        // without a single way in, not even the national lines.
        if (orEmpty(d.organizations()).isEmpty()) {
            v.add("organizations", "must hold at least one organization: an import replaces the whole directory");
        }
        if (orEmpty(d.services()).isEmpty()) {
            v.add("services", "must hold at least one service: an import replaces the whole directory");
        }
        Set<String> organizations = new HashSet<>();
        Set<String> codes = new HashSet<>();
        List<Organization> orgs = orEmpty(d.organizations());
        for (int i = 0; i < orgs.size(); i++) {
            Organization o = orgs.get(i);
            String at = "organizations[" + i + "]";
            if (v.isNull(at, o)) {
                continue;
            }
            v.organization(at, o);
            organizations.add(o.id());
            o.entreeCode().ifPresent(code -> {
                if (!ORGANISATION_CODES.contains(code)) {
                    // The front doors read this code as one of the six organisations: any other would leave them
                    // unable to read a single answer of the directory.
                    v.add(at + ".organization_identifiers",
                            "the code " + code + " is not one of " + ORGANISATION_CODES);
                } else if (!codes.add(code)) {
                    v.add(at + ".organization_identifiers", "the code " + code + " is used twice");
                }
            });
        }
        Set<String> locations = new HashSet<>();
        List<Location> locs = orEmpty(d.locations());
        for (int i = 0; i < locs.size(); i++) {
            if (!v.isNull("locations[" + i + "]", locs.get(i))) {
                v.location("locations[" + i + "]", locs.get(i), organizations);
                locations.add(locs.get(i).id());
            }
        }
        Set<String> services = new HashSet<>();
        List<Service> svcs = orEmpty(d.services());
        for (int i = 0; i < svcs.size(); i++) {
            if (!v.isNull("services[" + i + "]", svcs.get(i))) {
                v.service("services[" + i + "]", svcs.get(i), organizations);
                services.add(svcs.get(i).id());
            }
        }
        List<ServiceAtLocation> sals = orEmpty(d.serviceAtLocations());
        for (int i = 0; i < sals.size(); i++) {
            if (!v.isNull("service_at_locations[" + i + "]", sals.get(i))) {
                v.serviceAtLocation("service_at_locations[" + i + "]", sals.get(i), services, locations);
            }
        }
        return v.violations();
    }

    void organization(String at, Organization o) {
        id(at, o.id());
        required(at + ".name", o.name());
        required(at + ".description", o.description());
        webAddress(at + ".website", o.website());
        emailAddress(at + ".email", o.email());
        noNulls(at + ".organization_identifiers", o.organizationIdentifiers());
        provenance(at, o.provenance());
        if (o.services() != null || o.locations() != null || o.metadata() != null) {
            add(at, "services, locations and metadata are not part of a stored organization");
        }
    }

    void location(String at, Location l, Set<String> organizations) {
        id(at, l.id());
        reference(at + ".organization_id", l.organizationId(), organizations);
        if (l.locationType() == null || !LOCATION_TYPES.contains(l.locationType())) {
            add(at + ".location_type", "must be one of " + LOCATION_TYPES);
        }
        required(at + ".name", l.name());
        webAddress(at + ".url", l.url());
        noNulls(at + ".addresses", l.addresses());
        noNulls(at + ".accessibility", l.accessibility());
        List<Accessibility> accessibility = orEmpty(l.accessibility());
        for (int i = 0; i < accessibility.size(); i++) {
            if (accessibility.get(i) != null) {
                webAddress(at + ".accessibility[" + i + "].url", accessibility.get(i).url());
            }
        }
        noNulls(at + ".languages", l.languages());
        provenance(at, l.provenance());
        if (l.metadata() != null) {
            add(at + ".metadata", "is kept by the directory and cannot be written");
        }
    }

    void service(String at, Service s, Set<String> organizations) {
        id(at, s.id());
        reference(at + ".organization_id", s.organizationId(), organizations);
        required(at + ".name", s.name());
        webAddress(at + ".url", s.url());
        emailAddress(at + ".email", s.email());
        if (s.status() == null || !Service.STATUSES.contains(s.status())) {
            add(at + ".status", "must be one of " + Service.STATUSES);
        }
        if (s.channel() == null) {
            add(at + ".channel", "is required");
        }
        if (s.lastModified() == null) {
            add(at + ".last_modified", "is required");
        }
        phones(at + ".phones", s.phones());
        schedules(at + ".schedules", s.schedules());
        areas(at + ".service_areas", s.serviceAreas());
        languages(at + ".languages", s.languages());
        noNulls(at + ".needs", s.needs());
        provenance(at, s.provenance());
        if (s.organization() != null || s.serviceAtLocations() != null || s.metadata() != null) {
            add(at, "organization, service_at_locations and metadata are not part of a stored service");
        }
    }

    void serviceAtLocation(String at, ServiceAtLocation sal, Set<String> services, Set<String> locations) {
        id(at, sal.id());
        reference(at + ".service_id", sal.serviceId(), services);
        reference(at + ".location_id", sal.locationId(), locations);
        phones(at + ".phones", sal.phones());
        schedules(at + ".schedules", sal.schedules());
        areas(at + ".service_areas", sal.serviceAreas());
        provenance(at, sal.provenance());
        if (sal.location() != null || sal.metadata() != null) {
            add(at, "location and metadata are not part of a stored service_at_location");
        }
    }

    /** What an editor must say when correcting a record: where the fact comes from and when it was checked. */
    void correction(String at, Provenance p) {
        if (p == null) {
            add(at + ".provenance", "is required: the source and the date it was checked");
            return;
        }
        required(at + ".provenance.source", p.source());
        if (p.verifiedOn() == null) {
            add(at + ".provenance.verified_on", "is required: the date the source was checked");
        }
        if (p.verified() == null) {
            add(at + ".provenance.verified", "is required: true if the fact was seen at the source");
        }
    }

    private void phones(String at, List<Phone> phones) {
        List<Phone> list = orEmpty(phones);
        for (int i = 0; i < list.size(); i++) {
            Phone p = list.get(i);
            if (isNull(at + "[" + i + "]", p)) {
                continue;
            }
            id(at + "[" + i + "]", p.id());
            if (p.number() == null || !PHONE.matcher(p.number()).matches()) {
                add(at + "[" + i + "].number", "must be a phone number of digits, spaces and dashes");
            }
        }
    }

    private void schedules(String at, List<Schedule> schedules) {
        List<Schedule> list = orEmpty(schedules);
        for (int i = 0; i < list.size(); i++) {
            Schedule s = list.get(i);
            String here = at + "[" + i + "]";
            if (isNull(here, s)) {
                continue;
            }
            id(here, s.id());
            boolean hasHours = s.opensAt() != null || s.closesAt() != null;
            if (hasHours) {
                if (!OpeningHours.isTime(s.opensAt())) {
                    add(here + ".opens_at", "must be a time HH:MM from 00:00 to 23:59");
                }
                if (!OpeningHours.isTime(s.closesAt())) {
                    add(here + ".closes_at",
                            "must be a time HH:MM from 00:00 to 23:59; 23:59 (or 24:00) is the end of the day");
                }
            }
            if (s.byday() != null) {
                if (!"WEEKLY".equals(s.freq())) {
                    add(here + ".freq", "must be WEEKLY (the only frequency the directory reads)");
                }
                if (!OpeningHours.isByday(s.byday())) {
                    add(here + ".byday", "must be day codes MO,TU,WE,TH,FR,SA,SU separated by commas, each once");
                }
                if (!hasHours) {
                    add(here + ".opens_at", "is required with byday");
                }
            } else if (s.validFrom() == null) {
                add(here, "is neither a weekly rule (byday) nor a dated exception (valid_from)");
            }
            if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
                add(here + ".valid_to", "must not be before valid_from");
            }
        }
    }

    private void areas(String at, List<ServiceArea> areas) {
        List<ServiceArea> list = orEmpty(areas);
        for (int i = 0; i < list.size(); i++) {
            ServiceArea a = list.get(i);
            String here = at + "[" + i + "]";
            if (isNull(here, a)) {
                continue;
            }
            id(here, a.id());
            if (!ServiceArea.TEXT.equals(a.extentType())) {
                add(here + ".extent_type", "must be text (safety_region and country are read as text)");
            } else if (!a.isRegion() && !a.isCountry()) {
                add(here + ".extent", "must be a safety region VR01–VR25, or NL for the whole country");
            }
        }
    }

    private void languages(String at, List<Language> languages) {
        List<Language> list = orEmpty(languages);
        for (int i = 0; i < list.size(); i++) {
            if (isNull(at + "[" + i + "]", list.get(i))) {
                continue;
            }
            id(at + "[" + i + "]", list.get(i).id());
            if (list.get(i).code() == null || !LANGUAGE.matcher(list.get(i).code()).matches()) {
                add(at + "[" + i + "].code", "must be an ISO 639-1 code such as nl");
            }
        }
    }

    private void provenance(String at, Provenance p) {
        if (p == null) {
            add(at + ".provenance", "is required: where the facts come from");
        } else {
            if (p.verified() == null) {
                add(at + ".provenance.verified", "is required");
            }
            noNulls(at + ".provenance.unknown", p.unknown());
        }
    }

    /**
     * JSON allows a null inside a list; every reader of these lists takes each element as a record, so a null is
     * named here rather than failing later.
     */
    private boolean isNull(String at, Object element) {
        if (element == null) {
            add(at, "must not be null");
            return true;
        }
        return false;
    }

    private void noNulls(String at, List<?> list) {
        List<?> all = orEmpty(list);
        for (int i = 0; i < all.size(); i++) {
            isNull(at + "[" + i + "]", all.get(i));
        }
    }

    private void id(String at, String id) {
        if (id == null || !isUuid(id)) {
            add(at + ".id", "must be a UUID");
        } else if (!ids.add(id)) {
            add(at + ".id", "is used twice");
        }
    }

    private void reference(String at, String id, Set<String> known) {
        if (id == null || !known.contains(id)) {
            add(at, "does not name a record in this directory");
        }
    }

    private void required(String at, String value) {
        if (value == null || value.isBlank()) {
            add(at, "is required");
        }
    }

    private void webAddress(String at, String value) {
        if (value != null && !WebAddress.isWeb(value)) {
            add(at, "must be an absolute http or https address");
        }
    }

    /** An e-mail address becomes a mailto: link: one address, nothing a mail program would read as more. */
    private void emailAddress(String at, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            add(at, "must be one e-mail address, such as info@example.nl");
        }
    }

    void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
