package nl.entree.directory.seed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;
import nl.entree.directory.hsds.Address;
import nl.entree.directory.hsds.Directory;
import nl.entree.directory.hsds.Language;
import nl.entree.directory.hsds.Location;
import nl.entree.directory.hsds.Organization;
import nl.entree.directory.hsds.OrganizationIdentifier;
import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.directory.hsds.ServiceAtLocation;

/**
 * Turns data/directory-facts.json into an HSDS directory, taking only what the file says: a number that was "not
 * found" gives no phone, hours are read only when the file marks them verified and they say "24/7", "werkdagen
 * HH:MM–HH:MM" or "ma–vr HH:MM–HH:MM"; everything else is named unknown, with the file's own words in the note.
 * A number the file gives other hours than its line's has unknown hours of its own ({@link Phone#OWN_HOURS}).
 * Ids are derived from the facts, so seeding twice gives the same ids.
 */
final class FactsSeed {

    /** The facts' authors write their remarks in English; these words mark one (see {@link #withoutRemarks}). */
    private static final String REMARK_WORDS = "\\bclaim|\\bnot (stated|found|confirmed|seen|present)\\b|\\blikely\\b"
            + "|\\bunverified\\b|\\boutdated\\b|\\bstored pages\\b";
    private static final Pattern BRACKETED_REMARK = Pattern.compile(
            "\\s*\\((?=[^)]*(\\?|" + REMARK_WORDS + "))[^)]*\\)");
    private static final Pattern REMARK = Pattern.compile(REMARK_WORDS);
    private static final Pattern REMARK_AFTER_DASH = Pattern.compile("\\s+—\\s+(likely|probably|possibly)\\b.*$");

    static final String SEED_NOTE = "Seed uit data/directory-facts.json: controleer vóór gebruik.";
    private static final Pattern REGION = Pattern.compile("^(VR\\d{2})\\s*(?:\\((.*)\\))?$");
    private static final Pattern HOURS = Pattern.compile(
            "^(werkdagen|ma–vr|ma-vr)\\s+(\\d{2}:\\d{2})\\s*[–-]\\s*(\\d{2}:\\d{2})\\b.*");
    private static final String NOT_FOUND = "not found";
    /** An area whose mapping the file calls inferred: reasoned out (from a town, a name), not read at the source. */
    static final String INFERRED = "afgeleid, niet letterlijk in de bron";

    /** What each organisation's own words in the file say it helps with; SHN's needs are not in the file. */
    private static final Map<String, NeedsBasis> NEEDS = Map.of(
            "CSG", new NeedsBasis(List.of(Need.MEDICAL, Need.FORENSIC, Need.PSYCHOLOGICAL),
                    "description: 'medische, forensische en psychische hulp na seksueel geweld'"),
            "VT", new NeedsBasis(List.of(Need.SAFETY, Need.INFORMATION),
                    "name: 'advies- en meldpunt huiselijk geweld en kindermishandeling'"),
            "HELPWANTED", new NeedsBasis(List.of(Need.INFORMATION), "phone: 'Hulplijn online (seksueel) misbruik'"),
            "CVSN", new NeedsBasis(List.of(Need.INFORMATION), "phone: 'Landelijk meldpunt sport'"),
            "FIER", new NeedsBasis(List.of(Need.PSYCHOLOGICAL), "name: 'expertise- en behandelcentrum'"));
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("nl", "Nederlands", "en", "English");

    private record NeedsBasis(List<Need> needs, String basis) {
    }

    private final Instant seededAt;
    private final Map<String, String> regionNames = new LinkedHashMap<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<ServiceAtLocation> serviceAtLocations = new ArrayList<>();

    private FactsSeed(Instant seededAt) {
        this.seededAt = seededAt;
    }

    static Directory from(JsonNode facts, Instant seededAt) {
        FactsSeed seed = new FactsSeed(seededAt);
        for (JsonNode region : facts.path("regions")) {
            seed.regionNames.put(region.path("code").asText(), region.path("name").asText());
        }
        for (JsonNode org : facts.path("organisations")) {
            seed.organisation(org);
        }
        return new Directory(Directory.HSDS_VERSION, seed.organizations, seed.locations, seed.services,
                seed.serviceAtLocations);
    }

    private void organisation(JsonNode org) {
        String code = org.path("code").asText();
        String orgId = id("organization", code);
        String name = org.path("name").asText();
        List<String> unknown = new ArrayList<>();
        if (!org.has("email") || !text(org.path("email"), "value").contains("@")) {
            unknown.add("email");
        }
        organizations.add(new Organization(orgId, name, code, text(org, "description").isEmpty() ? name
                : text(org, "description"), null, nullIfEmpty(text(org, "url")),
                List.of(new OrganizationIdentifier(id("identifier", code), OrganizationIdentifier.ENTREE_SCHEME,
                        "organisation code", code)),
                provenance(text(org, "url_source"), null, org.path("url_verified").asBoolean(false),
                        text(org, "emergency_note"), unknown),
                null, null, null));

        JsonNode languages = org.path("languages").path("value");
        NeedsBasis needs = NEEDS.getOrDefault(code, new NeedsBasis(List.of(), null));
        String phoneServiceId = phoneService(org, code, orgId, name, languages, needs);
        chatService(org, code, orgId, name, languages, needs);
        for (JsonNode loc : org.path("locations")) {
            regionalCentre(loc, code, orgId, phoneServiceId, languages, needs);
        }
        for (String field : List.of("head_office", "location")) {
            if (org.has(field)) {
                office(org.path(field), code, orgId, name);
            }
        }
    }

    private String phoneService(JsonNode org, String code, String orgId, String name, JsonNode languages,
            NeedsBasis needs) {
        JsonNode entries = org.path("phones");
        if (entries.isEmpty()) {
            return null;
        }
        String serviceId = id("service", code + ":phone");
        List<Schedule> schedules = List.of();
        List<String> hoursSaid = new ArrayList<>();
        for (JsonNode p : entries) {
            if (!text(p, "hours").isEmpty()) {
                hoursSaid.add(text(p, "hours"));
            }
            if (schedules.isEmpty() && p.path("verified").asBoolean(false)) {
                schedules = hours(text(p, "hours"), code + ":phone");
            }
        }
        List<Phone> phones = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        JsonNode first = entries.get(0);
        boolean firstListed = false;
        for (JsonNode p : entries) {
            String number = text(p, "number");
            if (!number.isEmpty() && !number.equals(NOT_FOUND) && seen.add(number + "|" + text(p, "description"))) {
                firstListed |= p == first;
                boolean verified = p.path("verified").asBoolean(false);
                // HSDS gives the number the line's hours; where the file gives it others (CSG's line for
                // professionals: "kantoortijden"), its hours are unknown rather than the line's.
                List<Schedule> own = verified ? hours(text(p, "hours"), code + ":phone") : List.of();
                boolean otherHours = !schedules.isEmpty() && !sameWeek(schedules, own);
                String hoursNote = otherHours && !text(p, "hours").isEmpty()
                        ? "Uren volgens de bron: " + text(p, "hours") + "." : null;
                phones.add(new Phone(id("phone", code + ":" + number + ":" + text(p, "description")), number,
                        "voice", nullIfEmpty(withoutRemarks(text(p, "description"))),
                        provenance(text(p, "source"), text(p, "quote"), verified,
                                joinNotes(joinNotes(nullIfEmpty(text(p, "caution")),
                                        remarkNote("Omschrijving", text(p, "description"))), hoursNote),
                                text(p, "caution"), otherHours ? List.of(Phone.OWN_HOURS) : List.of())));
            }
        }
        List<String> unknown = new ArrayList<>();
        if (phones.isEmpty()) {
            unknown.add("phones");
        }
        if (schedules.isEmpty()) {
            unknown.add("schedules");
        }
        unknown.add("assured_date");
        String note = hoursSaid.isEmpty() ? null : "Uren volgens de bron: " + String.join("; ", hoursSaid);
        // The line's description is its first number's; a remark taken out of it stays with that number, or, when
        // the number was not found (Fier's), with the line.
        String descriptionNote = firstListed ? null : remarkNote("Omschrijving", text(first, "description"));
        services.add(new Service(serviceId, orgId, name + " – telefoon", null,
                nullIfEmpty(withoutRemarks(text(first, "description"))),
                null, null, Service.ACTIVE, seededAt, null, null, phones, schedules, national(code + ":phone"),
                languages(languages, code + ":phone"), Channel.PHONE, needs.needs(),
                provenance(firstNonEmpty(text(first, "source"), text(first, "hours_source")), text(first, "quote"),
                        first.path("verified").asBoolean(false),
                        joinNotes(joinNotes(note, needsNote(needs)), descriptionNote), unknown),
                null, null, null));
        return serviceId;
    }

    private void chatService(JsonNode org, String code, String orgId, String name, JsonNode languages,
            NeedsBasis needs) {
        JsonNode chat = org.path("chat");
        if (!chat.path("available").asBoolean(false)) {
            return;
        }
        boolean verified = chat.path("verified").asBoolean(false);
        List<Schedule> schedules = verified ? hours(text(chat, "hours"), code + ":chat") : List.of();
        List<String> unknown = new ArrayList<>();
        String url = nullIfEmpty(text(chat, "url"));
        if (url == null) {
            unknown.add("url");
        }
        if (schedules.isEmpty()) {
            unknown.add("schedules");
        }
        unknown.add("assured_date");
        String description = chat.path("anonymous").asBoolean(false) ? "Anoniem chatten" : "Chatten";
        String note = text(chat, "hours").isEmpty() ? null : "Uren volgens de bron: " + text(chat, "hours");
        services.add(new Service(id("service", code + ":chat"), orgId, name + " – chat", null, description, url,
                null, Service.ACTIVE, seededAt, null, null, List.of(), schedules, national(code + ":chat"),
                languages(languages, code + ":chat"), Channel.CHAT, needs.needs(),
                provenance(text(chat, "source"), text(chat, "quote"), verified, joinNotes(note, needsNote(needs)),
                        unknown),
                null, null, null));
    }

    /** A regional organisation or centre: a location, and the national line as it serves that location's regions. */
    private void regionalCentre(JsonNode loc, String code, String orgId, String phoneServiceId,
            JsonNode languages, NeedsBasis needs) {
        String name = text(loc, "name"); // as the file has it, so the ids stay the same
        String shown = withoutRemarks(name);
        String locationId = id("location", code + ":" + name);
        boolean verified = loc.path("verified").asBoolean(false);
        String basis = text(loc, "region_mapping_basis");
        JsonNode walkIn = loc.path("walk_in");
        List<Address> addresses = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String walkInAddress = text(walkIn, "address");
        if (!walkIn.isMissingNode() && !walkInAddress.isEmpty() && !walkInAddress.equals(NOT_FOUND)) {
            // The facts' authors mark a part they could not find in English; the directory says it in Dutch.
            addresses.add(new Address(id("address", code + ":" + name), walkInAddress.replace(NOT_FOUND, "onbekend"),
                    null, null, "NL", "physical"));
            unknown.addAll(List.of("addresses.city", "addresses.postal_code"));
        } else {
            unknown.add("addresses");
        }
        List<ServiceArea> areas = regions(loc.path("regions"), code + ":" + name, verified, basis);
        // The basis is the authors' account of how they mapped the centre to its regions, in English: a note for
        // whoever checks the entry, not the location's description.
        String mappingNote = basis.isEmpty() ? withoutArea(loc.path("regions")) : "Grondslag werkgebied: " + basis;
        locations.add(new Location(locationId, "physical", orgId, shown, null,
                nullIfEmpty(text(loc, "url")), addresses, List.of(), List.of(),
                provenance(text(loc, "source"), text(loc, "quote"), verified,
                        joinNotes(joinNotes(nullIfEmpty(text(loc, "caution")), remarkNote("Naam", name)), mappingNote),
                        text(loc, "caution"), unknown), null));
        // Without areas the centre would only offer the national line again, under an office's name.
        if (phoneServiceId != null && !areas.isEmpty()) {
            List<Phone> phones = new ArrayList<>();
            JsonNode regional = loc.path("regional_phone");
            if (!regional.isMissingNode() && !text(regional, "number").isEmpty()) {
                phones.add(new Phone(id("phone", code + ":" + name + ":regional"), text(regional, "number"), "voice",
                        "Regionaal nummer", provenance(text(regional, "source"), null,
                                regional.path("verified").asBoolean(false), text(regional, "caution"),
                                text(regional, "caution"), List.of())));
            }
            serviceAtLocations.add(new ServiceAtLocation(id("service_at_location", code + ":" + name + ":phone"),
                    phoneServiceId, locationId, shown, phones, List.of(), areas,
                    provenance(text(loc, "source"), text(loc, "quote"), verified, nullIfEmpty(basis), List.of()),
                    null, null));
        }
        if (!walkIn.isMissingNode()) {
            walkIn(walkIn, code, orgId, name, shown, locationId,
                    regions(loc.path("regions"), code + ":" + name + ":walk-in", verified, basis), languages, needs);
        }
    }

    private void walkIn(JsonNode walkIn, String code, String orgId, String centre, String shownCentre,
            String locationId, List<ServiceArea> areas, JsonNode languages, NeedsBasis needs) {
        String serviceId = id("service", code + ":" + centre + ":walk-in");
        boolean verified = walkIn.path("verified").asBoolean(false);
        List<Schedule> schedules = verified ? hours(text(walkIn, "hours"), code + ":" + centre + ":walk-in")
                : List.of();
        List<String> unknown = new ArrayList<>(List.of("assured_date"));
        if (schedules.isEmpty()) {
            unknown.add("schedules");
        }
        String since = text(walkIn, "since").isEmpty() ? null : "Inloop sinds " + text(walkIn, "since");
        String hoursNote = schedules.isEmpty() ? null : remarkNote("Uren", text(walkIn, "hours"));
        services.add(new Service(serviceId, orgId, shownCentre + " – inloop", null, since, null, null, Service.ACTIVE,
                seededAt, null, null, List.of(), schedules, List.of(), languages(languages, serviceId), Channel.WALK_IN,
                needs.needs(),
                provenance(text(walkIn, "source"), null, verified, joinNotes(needsNote(needs), hoursNote), unknown),
                null, null, null));
        serviceAtLocations.add(new ServiceAtLocation(id("service_at_location", code + ":" + centre + ":walk-in"),
                serviceId, locationId, shownCentre, List.of(), List.of(), areas,
                provenance(text(walkIn, "source"), null, verified, null, List.of()), null, null));
    }

    /** A head office or seat that the file knows only by town: a location with its address unknown. */
    private void office(JsonNode node, String code, String orgId, String orgName) {
        String value = text(node, "value");
        if (value.isEmpty()) {
            return;
        }
        locations.add(new Location(id("location", code + ":office"), "physical", orgId, orgName + " – kantoor",
                nullIfEmpty(withoutRemarks(value)), null, List.of(), List.of(), List.of(),
                provenance(text(node, "source"), null, node.path("verified").asBoolean(false),
                        remarkNote("Omschrijving", value), List.of("addresses")), null));
    }

    private List<ServiceArea> regions(JsonNode regions, String key, boolean verified, String basis) {
        if (basis.isEmpty()) {
            // The file says for each centre how it mapped it to its regions; a location without that (Fier's
            // offices: Fier is a national centre) is where an organisation sits, not an area it serves for everyone
            // there, and as an area it would lead a region it has no number or address for.
            return List.of();
        }
        // An inferred mapping stays as sure as the file says (whether it holds is for the organisations to confirm),
        // but says so in the area's own description, which where and search show per region in area_note, so a
        // casemanager sees it was reasoned out rather than found.
        String inferred = basis.toLowerCase(Locale.ROOT).startsWith("inferred") ? INFERRED : null;
        List<ServiceArea> areas = new ArrayList<>();
        for (JsonNode r : regions) {
            Matcher m = REGION.matcher(r.asText().strip());
            if (!m.matches()) {
                continue;
            }
            String region = m.group(1);
            String qualifier = m.group(2);
            // Any qualifier ("unverified", "part", "Achterhoek only, partial") means the centre may not serve the
            // whole region, so the mapping cannot be the region's certain lead.
            boolean sure = verified && qualifier == null;
            areas.add(new ServiceArea(id("service_area", key + ":" + region), region + " "
                    + regionNames.getOrDefault(region, ""), joinWith("; ", qualifier, inferred), region,
                    ServiceArea.TEXT,
                    provenance(null, null, sure, nullIfEmpty(basis), List.of())));
        }
        return areas;
    }

    /** Why a location with regions but no basis for them has no area, for whoever checks the entry. */
    private static String withoutArea(JsonNode regions) {
        List<String> named = new ArrayList<>();
        regions.forEach(r -> named.add(r.asText().strip()));
        return named.isEmpty() ? null
                : "Geen werkgebied: de bron geeft geen grondslag voor " + String.join(", ", named) + ".";
    }

    private List<ServiceArea> national(String key) {
        return List.of(new ServiceArea(id("service_area", key + ":NL"), "Nederland (landelijk)", null,
                ServiceArea.NETHERLANDS, ServiceArea.TEXT, null));
    }

    /** The organisation's languages, as records of one service. */
    private static List<Language> languages(JsonNode codes, String serviceKey) {
        List<Language> languages = new ArrayList<>();
        for (JsonNode l : codes) {
            String iso = l.asText();
            languages.add(new Language(id("language", serviceKey + ":" + iso), LANGUAGE_NAMES.getOrDefault(iso, iso),
                    iso, null));
        }
        return languages;
    }

    /** Weekly schedules for the few ways the file states hours; empty (unknown) for anything else. */
    static List<Schedule> hours(String said, String key) {
        if (said == null || said.isBlank()) {
            return List.of();
        }
        String text = said.strip();
        // The hours as the source words them stay in the provenance note of the service the schedule belongs to.
        if (text.startsWith("24/7")) {
            return List.of(new Schedule(id("schedule", key), "WEEKLY", Schedule.ALL_DAYS, "00:00", Schedule.END_OF_DAY,
                    null, null, "24/7", noteOf(withoutRemarks(text), "24/7"), null));
        }
        Matcher m = HOURS.matcher(text);
        if (m.matches()) {
            return List.of(new Schedule(id("schedule", key), "WEEKLY", "MO,TU,WE,TH,FR", m.group(2), m.group(3),
                    null, null, withoutRemarks(text), null, null));
        }
        return List.of();
    }

    /** The same weekly rules, whatever their ids: a number whose hours the file states as its line's. */
    private static boolean sameWeek(List<Schedule> a, List<Schedule> b) {
        return weekOf(a).equals(weekOf(b));
    }

    private static List<String> weekOf(List<Schedule> schedules) {
        return schedules.stream().map(s -> s.byday() + " " + s.opensAt() + "–" + s.closesAt()).toList();
    }

    private static String noteOf(String text, String prefix) {
        String rest = text.substring(prefix.length()).strip();
        return rest.isEmpty() ? null : rest;
    }

    private Provenance provenance(String source, String quote, boolean verified, String note, List<String> unknown) {
        return provenance(source, quote, verified, note, null, unknown);
    }

    /** The caution stays in the note as well, for readers that show only the note. */
    private Provenance provenance(String source, String quote, boolean verified, String note, String caution,
            List<String> unknown) {
        List<String> missing = new ArrayList<>(unknown);
        missing.add("verified_on");
        return new Provenance(nullIfEmpty(source), nullIfEmpty(quote), verified, null, true,
                joinNotes(SEED_NOTE, nullIfEmpty(note)), nullIfEmpty(caution), missing);
    }

    private static String needsNote(NeedsBasis needs) {
        return needs.basis() == null ? "Hulpvragen: onbekend in de bron."
                : "Hulpvragen afgeleid uit " + needs.basis() + ".";
    }

    private static String joinNotes(String a, String b) {
        return joinWith(" ", a, b);
    }

    private static String joinWith(String separator, String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + separator + b;
    }

    static String id(String type, String key) {
        return UUID.nameUUIDFromBytes(("entree-directory-seed:" + type + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() ? v.asText().strip() : "";
    }

    /**
     * The text a person reads, without the facts' authors' own remarks: a trailing "— likely …", a bracketed guess
     * or research note ("(Kennemerland?)", "(… claim from CVSN site; 0900 tariff not stated)"), or a clause that is
     * one ("Papendal (Arnhem); street address not found"), which may be the whole text ("general/crisis number not
     * present in stored pages"). The whole text stays in the provenance note for whoever checks the entry.
     */
    static String withoutRemarks(String text) {
        String kept = REMARK_AFTER_DASH.matcher(text).replaceAll("");
        kept = BRACKETED_REMARK.matcher(kept).replaceAll("");
        List<String> clauses = clauses(kept);
        List<String> shown = clauses.stream().filter(c -> !REMARK.matcher(c).find()).toList();
        if (shown.size() < clauses.size()) {
            kept = shown.stream().map(String::strip).collect(Collectors.joining("; "));
        }
        return kept.strip();
    }

    /** The parts of a text between semicolons, but not those inside brackets: "(Eindhoven; 's-Hertogenbosch)". */
    private static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ';' && depth <= 0) {
                clauses.add(text.substring(start, i));
                start = i + 1;
            }
        }
        clauses.add(text.substring(start));
        return clauses;
    }

    /** A note that keeps what {@link #withoutRemarks} took out of a public name or description. */
    private static String remarkNote(String what, String text) {
        return withoutRemarks(text).equals(text) ? null : what + " in de bron: " + text;
    }

    private static String firstNonEmpty(String a, String b) {
        return Optional.ofNullable(nullIfEmpty(a)).orElse(b);
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
