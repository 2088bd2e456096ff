package nl.entree.directory.hsds;

import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;

/**
 * Where a fact comes from, as the public may read it. A web address is public anyway; any other source is an
 * editor's note of a conversation ("called X at Y") and may name a person, who never agreed to be published.
 * Those who correct the directory read the whole text; everyone else reads {@value #NOT_PUBLIC}, the word the
 * history already shows for the editor. The note and quote beside such a source are the editor's words as well
 * (who said what on the phone), and are left out: the facts file names a web page, or nothing, for every fact it
 * gives, so its notes and quotes stay public. The caution stays, as it is the reader's warning about the fact.
 */
public final class PublicSources {

    public static final String NOT_PUBLIC = "redactie";
    private static final String PROVENANCE = "provenance";
    private static final String SOURCE = "source";
    private static final List<String> EDITORS_WORDS = List.of("quote", "note");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicSources() {
    }

    /** Whether the caller corrects the directory, and so reads every source whole. */
    public static boolean readsWhole(Caller caller) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR);
    }

    /** The source itself when it is an http(s) address, otherwise {@value #NOT_PUBLIC}; null stays null. */
    public static String source(String source) {
        return source == null || WebAddress.isWeb(source) ? source : NOT_PUBLIC;
    }

    /** As {@link #source}, and without the quote and note when the source is not public. */
    public static Provenance provenance(Provenance p) {
        if (p == null || p.source() == null || WebAddress.isWeb(p.source())) {
            return p;
        }
        return new Provenance(NOT_PUBLIC, null, p.verified(), p.verifiedOn(), p.checkBeforeUse(), null, p.caution(),
                p.unknown());
    }

    public static Service service(Service s) {
        if (s == null) {
            return null;
        }
        return new Service(s.id(), s.organizationId(), s.name(), s.alternateName(), s.description(), s.url(),
                s.email(), s.status(), s.lastModified(), s.assuredDate(), s.alert(), phones(s.phones()),
                schedules(s.schedules()), serviceAreas(s.serviceAreas()), s.languages(), s.channel(), s.needs(),
                provenance(s.provenance()), organization(s.organization()),
                each(s.serviceAtLocations(), PublicSources::serviceAtLocation), s.metadata());
    }

    public static ServiceAtLocation serviceAtLocation(ServiceAtLocation sal) {
        if (sal == null) {
            return null;
        }
        return new ServiceAtLocation(sal.id(), sal.serviceId(), sal.locationId(), sal.description(),
                phones(sal.phones()), schedules(sal.schedules()), serviceAreas(sal.serviceAreas()),
                provenance(sal.provenance()), location(sal.location()), sal.metadata());
    }

    public static Location location(Location l) {
        if (l == null) {
            return null;
        }
        return new Location(l.id(), l.locationType(), l.organizationId(), l.name(), l.description(), l.url(),
                l.addresses(), l.accessibility(), l.languages(), provenance(l.provenance()), l.metadata());
    }

    public static Organization organization(Organization o) {
        if (o == null) {
            return null;
        }
        return new Organization(o.id(), o.name(), o.alternateName(), o.description(), o.email(), o.website(),
                o.organizationIdentifiers(), provenance(o.provenance()), each(o.services(), PublicSources::service),
                each(o.locations(), PublicSources::location), o.metadata());
    }

    /**
     * A value in a record's history: the JSON of a provenance ({@code field} "provenance"), of the phones or of a
     * whole deleted record has every provenance made public as above; any other value stays as it is.
     */
    public static String historyValue(String field, String value) {
        if (value == null || !(value.startsWith("{") || value.startsWith("["))) {
            return value;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(value);
        } catch (JsonProcessingException notJson) {
            return value;
        }
        boolean changed = PROVENANCE.equals(field) && redact(tree);
        changed |= redactNested(tree);
        return changed ? tree.toString() : value;
    }

    private static boolean redactNested(JsonNode node) {
        boolean changed = false;
        if (node.isObject() && node.get(PROVENANCE) != null) {
            changed = redact(node.get(PROVENANCE));
        }
        for (JsonNode child : node) {
            changed |= redactNested(child);
        }
        return changed;
    }

    private static boolean redact(JsonNode provenance) {
        JsonNode source = provenance.get(SOURCE);
        if (provenance instanceof ObjectNode o && source != null && source.isTextual()
                && !WebAddress.isWeb(source.asText())) {
            o.put(SOURCE, NOT_PUBLIC);
            o.remove(EDITORS_WORDS);
            return true;
        }
        return false;
    }

    private static List<Phone> phones(List<Phone> phones) {
        return each(phones, p -> p == null ? null
                : new Phone(p.id(), p.number(), p.type(), p.description(), provenance(p.provenance())));
    }

    private static List<Schedule> schedules(List<Schedule> schedules) {
        return each(schedules, s -> s == null ? null
                : new Schedule(s.id(), s.freq(), s.byday(), s.opensAt(), s.closesAt(), s.validFrom(), s.validTo(),
                        s.description(), s.notes(), provenance(s.provenance())));
    }

    private static List<ServiceArea> serviceAreas(List<ServiceArea> areas) {
        return each(areas, a -> a == null ? null
                : new ServiceArea(a.id(), a.name(), a.description(), a.extent(), a.extentType(),
                        provenance(a.provenance())));
    }

    private static <T> List<T> each(List<T> items, UnaryOperator<T> publicView) {
        return items == null ? null : items.stream().map(publicView).toList();
    }
}
