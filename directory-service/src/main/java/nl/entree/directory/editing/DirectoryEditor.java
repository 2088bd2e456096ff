package nl.entree.directory.editing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.Problem.Violation;
import nl.entree.common.problem.ProblemException;
import nl.entree.directory.hsds.Directory;
import nl.entree.directory.hsds.Location;
import nl.entree.directory.hsds.Organization;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.directory.hsds.Versioned;
import nl.entree.directory.store.LocationEntity;
import nl.entree.directory.store.MetadataEntity;
import nl.entree.directory.store.OrganizationEntity;
import nl.entree.directory.store.OriginEntity;
import nl.entree.directory.store.Repositories;
import nl.entree.directory.store.ServiceAtLocationEntity;
import nl.entree.directory.store.ServiceEntity;

/**
 * Every change to the directory: a whole import, or one corrected record. Each change is validated first, leaves
 * HSDS metadata (which field, old value, new value, by whom) and an audit record, or changes nothing.
 */
@ApplicationScoped
public class DirectoryEditor {

    public static final String SEED = "seed";
    public static final String IMPORT = "import";
    /** The kinds of object in the audit trail. */
    public static final String DIRECTORY = "directory";
    public static final String SERVICE = "directory-service";
    public static final String SERVICE_AT_LOCATION = "directory-service-at-location";
    /** The actions in the audit trail, of a change made and of one refused alike. */
    static final String SERVICE_CREATE = "SERVICE_CREATE";
    static final String SERVICE_UPDATE = "SERVICE_UPDATE";
    static final String SERVICE_RETIRE = "SERVICE_RETIRE";
    static final String SERVICE_AT_LOCATION_UPDATE = "SERVICE_AT_LOCATION_UPDATE";
    static final String SYSTEM = "system:";
    /** HSDS {@code last_action_type}s besides SEED and IMPORT. */
    static final String CREATE = "create";
    static final String UPDATE = "update";
    static final String DELETE = "delete";

    private final Repositories.Organizations organizations;
    private final Repositories.Locations locations;
    private final Repositories.Services services;
    private final Repositories.ServiceAtLocations serviceAtLocations;
    private final Repositories.History history;
    private final Repositories.Origins origins;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionLock locks;

    public DirectoryEditor(Repositories.Organizations organizations, Repositories.Locations locations,
            Repositories.Services services, Repositories.ServiceAtLocations serviceAtLocations,
            Repositories.History history, Repositories.Origins origins, AuditTrail audit, ObjectMapper json,
            Clock clock, TransactionLock locks) {
        this.organizations = organizations;
        this.locations = locations;
        this.services = services;
        this.serviceAtLocations = serviceAtLocations;
        this.history = history;
        this.origins = origins;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.locks = locks;
    }

    /** Summary of an import. */
    public record Imported(int organizations, int locations, int services, int serviceAtLocations) {
    }

    /** True when nothing has been loaded yet. */
    @Transactional
    public boolean isEmpty() {
        return organizations.count() == 0;
    }

    /**
     * Replaces the whole directory with an editor's import, all or nothing; it is no longer "check before use" once
     * no record in it says so.
     */
    public Imported importAll(Directory d, String actor) {
        return refusalAudited(action(IMPORT), DIRECTORY, DIRECTORY, () -> importChecked(d, actor));
    }

    private Imported importChecked(Directory d, String actor) {
        List<Violation> violations = DirectoryValidator.check(d);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        takeTurn();
        // GET / shows the origin to anyone, so it names no person; the audit trail says who imported.
        return replace(d, actor, IMPORT, IMPORT, "Geïmporteerd door de redactie.");
    }

    /**
     * The seed, when the directory is still empty. Every pod starts with an empty directory on a first deploy; the
     * first seeds it and the others, after their turn, find it filled: empty then.
     */
    @Transactional
    public Optional<Imported> seedIfEmpty(Directory d, String source, String note) {
        List<Violation> violations = DirectoryValidator.check(d);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        takeTurn();
        return isEmpty() ? Optional.of(replace(d, SYSTEM + SEED, SEED, source, note)) : Optional.empty();
    }

    /**
     * Every change takes its turn, until the transaction ends: a second import, or the same new service sent twice,
     * waits and then sees what the first stored, instead of failing on its keys. Corrections take it too, before their
     * record's row: an import that read the versions before a correction committed would otherwise give the imported
     * record the correction's version, and a form holding that ETag would overwrite the import; and two writes
     * checked at once could each take an id the other just took.
     */
    private void takeTurn() {
        locks.hold("directory-writes");
    }

    private Imported replace(Directory d, String actor, String how, String source, String note) {
        Instant now = Instant.now(clock);
        // A form drawn before the import names a version from before it: counting on, it no longer matches.
        Map<UUID, Long> serviceVersionsBefore = services.versions();
        Map<UUID, Long> versionsBefore = serviceAtLocations.versions();
        Directory before = export();
        // The rows are deleted in bulk and written anew with the same ids; the loaded copies must not stand in the way.
        services.flush();
        services.getEntityManager().clear();
        serviceAtLocations.deleteAll();
        services.deleteAll();
        locations.deleteAll();
        organizations.deleteAll();
        services.flush();
        Change change = new Change(how, actor, now);
        Map<String, String> orgNames = new HashMap<>();
        for (Organization o : list(d.organizations())) {
            OrganizationEntity e = new OrganizationEntity();
            e.set(o, now);
            organizations.persist(e);
            orgNames.put(o.id(), o.name());
        }
        change.remember("organization", before.organizations(), d.organizations(), Organization::id,
                Organization::stored);
        for (Location l : list(d.locations())) {
            LocationEntity e = new LocationEntity();
            e.set(l, now);
            locations.persist(e);
        }
        change.remember("location", before.locations(), d.locations(), Location::id, Location::stored);
        for (Service s : list(d.services())) {
            ServiceEntity e = new ServiceEntity();
            e.set(s, orgNames.get(s.organizationId()));
            e.version = serviceVersionsBefore.getOrDefault(e.id, -1L) + 1;
            services.persist(e);
        }
        change.remember("service", before.services(), d.services(), Service::id, Service::stored);
        for (ServiceAtLocation sal : list(d.serviceAtLocations())) {
            ServiceAtLocationEntity e = new ServiceAtLocationEntity();
            e.set(sal, now);
            e.version = versionsBefore.getOrDefault(e.id, -1L) + 1;
            serviceAtLocations.persist(e);
        }
        change.remember("service_at_location", before.serviceAtLocations(), d.serviceAtLocations(),
                ServiceAtLocation::id, ServiceAtLocation::stored);
        OriginEntity origin = origins.findById(OriginEntity.ONLY);
        boolean isNew = origin == null;
        if (isNew) {
            origin = new OriginEntity();
        }
        origin.source = source;
        origin.loadedAt = now;
        origin.checkBeforeUse = SEED.equals(how) || anyToCheck(d);
        origin.note = note;
        if (isNew) {
            origins.persist(origin);
        }
        audited(actor, action(how), DIRECTORY, DIRECTORY);
        return new Imported(list(d.organizations()).size(), list(d.locations()).size(), list(d.services()).size(),
                list(d.serviceAtLocations()).size());
    }

    /**
     * A single correction can make the directory need checking again (a record marked to check) or, once the last
     * record to check is corrected, no longer: {@code GET /} and every answer's {@code check_before_use} must say so
     * without waiting for the next import.
     */
    private void recheckOrigin() {
        OriginEntity origin = origins.findById(OriginEntity.ONLY);
        if (origin != null) {
            origin.checkBeforeUse = anyToCheck(export());
        }
    }

    /** SEED or IMPORT, the same for an import refused as for one made, so the trail reads as one action. */
    private static String action(String how) {
        return how.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A directory must be checked before use as long as any of its records still says so: a centre's numbers and
     * mapping, a location's address and an organisation are facts a reader takes as much as a service's.
     */
    private static boolean anyToCheck(Directory d) {
        return Stream.of(list(d.organizations()).stream().map(Organization::provenance),
                        list(d.locations()).stream().map(Location::provenance),
                        list(d.services()).stream().map(Service::provenance),
                        list(d.serviceAtLocations()).stream().map(ServiceAtLocation::provenance))
                .flatMap(p -> p)
                .anyMatch(p -> p != null && p.mustBeChecked());
    }

    /** The directory as stored without the service or centre {@code id}: the rest that a change to it must fit. */
    private Directory exportWithout(UUID id) {
        Directory all = export();
        String without = id.toString();
        return new Directory(all.hsdsVersion(), all.organizations(), all.locations(),
                all.services().stream().filter(x -> !without.equals(x.id())).toList(),
                all.serviceAtLocations().stream().filter(x -> !without.equals(x.id())).toList());
    }

    /** The whole directory as stored, in a stable order, so that an export imports back to the same export. */
    @Transactional
    public Directory export() {
        return new Directory(Directory.HSDS_VERSION,
                organizations.byName().stream().map(e -> e.document).toList(),
                locations.byName().stream().map(e -> e.document).toList(),
                services.byName().stream().map(e -> e.document).toList(),
                serviceAtLocations.all().stream().map(e -> e.document).toList());
    }

    public Service createService(Service s, String actor) {
        return refusalAudited(SERVICE_CREATE, SERVICE, s.id(), () -> createChecked(s, actor));
    }

    private Service createChecked(Service s, String actor) {
        takeTurn();
        if (s.id() != null && services.findById(parse(s.id())) != null) {
            throw ProblemException.conflict("A service with this id exists; correct it with PUT.");
        }
        String id = s.id() == null ? UUID.randomUUID().toString() : s.id();
        Service toStore = withId(s, id).modifiedAt(Instant.now(clock));
        checkService(toStore, false, export());
        ServiceEntity e = new ServiceEntity();
        e.set(toStore, organizationName(toStore.organizationId()));
        services.persist(e);
        record(e.id, "service", CREATE, "*", "", "created", actor);
        audited(actor, SERVICE_CREATE, SERVICE, e.id);
        services.flush();
        recheckOrigin();
        return e.document;
    }

    /** Corrects a service; {@code ifMatch} is the If-Match header as sent, read here so a bad one is audited too. */
    public Versioned<Service> updateService(UUID id, Service s, String ifMatch, String actor) {
        return refusalAudited(SERVICE_UPDATE, SERVICE, id,
                () -> updateChecked(id, s, Versioned.ifMatch(ifMatch), actor));
    }

    private Versioned<Service> updateChecked(UUID id, Service s, Long basedOn, String actor) {
        ServiceEntity e = serviceToChange(id, basedOn);
        if (s.id() != null && !s.id().equals(id.toString())) {
            throw ProblemException.badRequest("id", "must match the path, or be left out");
        }
        Service toStore = withId(s, id.toString()).modifiedAt(Instant.now(clock));
        checkService(toStore, serviceAtLocations.count("serviceId", id) > 0, exportWithout(id));
        Service before = e.document;
        e.set(toStore, organizationName(toStore.organizationId()));
        diff(e.id, "service", before, e.document, actor);
        audited(actor, SERVICE_UPDATE, SERVICE, e.id);
        services.flush();
        recheckOrigin();
        return new Versioned<>(e.document, e.version);
    }

    /** Marks a service inactive, defunct or temporarily closed; the record and its history stay. */
    public Versioned<Service> retireService(UUID id, String status, String ifMatch, String actor) {
        return refusalAudited(SERVICE_RETIRE, SERVICE, id,
                () -> retireChecked(id, status, Versioned.ifMatch(ifMatch), actor));
    }

    private Versioned<Service> retireChecked(UUID id, String status, Long basedOn, String actor) {
        ServiceEntity e = serviceToChange(id, basedOn);
        if (status == null || Service.ACTIVE.equals(status) || !Service.STATUSES.contains(status)) {
            throw ProblemException.badRequest("status", "must be inactive, defunct or temporarily closed");
        }
        Service before = e.document;
        e.set(before.withChange(status, Instant.now(clock)), organizationName(before.organizationId()));
        record(e.id, "service", "retire", "status", before.status(), status, actor);
        audited(actor, SERVICE_RETIRE, SERVICE, e.id);
        services.flush();
        return new Versioned<>(e.document, e.version);
    }

    /**
     * The service, locked for the change. With {@code basedOn}, the version the editor read (If-Match), a service
     * changed by someone else since is refused rather than overwritten with what the editor saw.
     */
    private ServiceEntity serviceToChange(UUID id, Long basedOn) {
        takeTurn();
        ServiceEntity e = services.findForChange(id);
        if (e == null) {
            throw ProblemException.notFound("Service " + id);
        }
        Versioned.requireUnchanged(basedOn, e.version, "This service was changed by someone else after you read it. "
                + "Read it again and repeat your change.");
        return e;
    }

    /**
     * Corrects a service_at_location. With {@code ifMatch}, the version the editor read, a record corrected by someone
     * else since is refused rather than overwritten with what the editor saw; a malformed one is refused, audited.
     */
    public Versioned<ServiceAtLocation> updateServiceAtLocation(UUID id, ServiceAtLocation sal, String ifMatch,
            String actor) {
        return refusalAudited(SERVICE_AT_LOCATION_UPDATE, SERVICE_AT_LOCATION, id,
                () -> updateAtLocationChecked(id, sal, Versioned.ifMatch(ifMatch), actor));
    }

    /**
     * Makes a change in a transaction, and records its refusal once that transaction has ended. Writes wait their
     * turn each holding a connection of a pool of four; a refusal recorded while its change still held one would
     * wait for a fifth, and with a few corrections sent at once answer 503 instead of 412.
     */
    private <T> T refusalAudited(String action, String objectType, Object objectId, Supplier<T> change) {
        try {
            return QuarkusTransaction.joiningExisting().call(change::get);
        } catch (ProblemException refusal) {
            audit.recordRefusal(action, objectType, objectId, refusal);
            throw refusal;
        }
    }

    private Versioned<ServiceAtLocation> updateAtLocationChecked(UUID id, ServiceAtLocation sal, Long basedOn,
            String actor) {
        takeTurn();
        ServiceAtLocationEntity e = serviceAtLocations.findForChange(id);
        if (e == null) {
            throw ProblemException.notFound("Service at location " + id);
        }
        Versioned.requireUnchanged(basedOn, e.version, "This centre was corrected by someone else after you read it. "
                + "Read it again and repeat your correction.");
        if (sal.id() != null && !sal.id().equals(id.toString())) {
            throw ProblemException.badRequest("id", "must match the path, or be left out");
        }
        ServiceAtLocation toStore = new ServiceAtLocation(id.toString(), sal.serviceId(), sal.locationId(),
                sal.description(), sal.phones(), sal.schedules(), sal.serviceAreas(), sal.provenance(),
                sal.location(), sal.metadata());
        DirectoryValidator v = DirectoryValidator.knowing(exportWithout(id));
        Set<String> knownServices = known(sal.serviceId(), services::findById);
        Set<String> knownLocations = known(sal.locationId(), locations::findById);
        v.serviceAtLocation("body", toStore, knownServices, knownLocations);
        v.correction("body", toStore.provenance());
        reject(v);
        ServiceAtLocation before = e.document;
        e.set(toStore, Instant.now(clock));
        diff(e.id, "service_at_location", before, e.document, actor);
        audited(actor, SERVICE_AT_LOCATION_UPDATE, SERVICE_AT_LOCATION, e.id);
        serviceAtLocations.flush();
        recheckOrigin();
        return new Versioned<>(e.document, e.version);
    }

    /** Work the service does itself (the seed) is recorded as the system's; everything else as the caller's. */
    private void audited(String actor, String action, String objectType, Object objectId) {
        if (actor.startsWith(SYSTEM)) {
            audit.recordBySystem(actor.substring(SYSTEM.length()), action, objectType, objectId, AuditResult.OK);
        } else {
            audit.record(action, objectType, objectId, AuditResult.OK);
        }
    }

    private void checkService(Service s, boolean offeredAtACentre, Directory rest) {
        DirectoryValidator v = DirectoryValidator.knowing(rest);
        v.service("body", s, known(s.organizationId(), organizations::findById));
        v.correction("body", s.provenance());
        if (!offeredAtACentre && (s.serviceAreas() == null || s.serviceAreas().isEmpty())) {
            // where and search find a service by its centres' regions, its own regions or the country: with none
            // of them it would be stored and never shown to anyone looking for help.
            v.add("body.service_areas", "must name the safety regions it serves, or the country (NL): "
                    + "without a centre or an area nobody finds it");
        }
        reject(v);
    }

    private static void reject(DirectoryValidator v) {
        List<Violation> violations = v.violations().stream()
                .map(x -> new Violation(x.field().replaceFirst("^body\\.?", "").isEmpty() ? "body"
                        : x.field().replaceFirst("^body\\.?", ""), x.message()))
                .toList();
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
    }

    /**
     * The history an import or the seed leaves, record by record: a record that is new is created; one that was there
     * gets a row per field the import changed, with the old and the new value, or one row saying the import kept it
     * as it was; one the import leaves out gets a row with its last contents, since the history outlives the record
     * (the metadata table has no key to it), and the same id imported again later shows it.
     */
    private final class Change {

        private final String how;
        private final String actor;
        private final Instant at;

        Change(String how, String actor, Instant at) {
            this.how = how;
            this.actor = actor;
            this.at = at;
        }

        /** {@code stored}: the record as the import stores it, without the related records an export may hold. */
        <T> void remember(String type, List<T> before, List<T> after, Function<T, String> id,
                UnaryOperator<T> stored) {
            Map<String, T> old = new HashMap<>();
            list(before).forEach(r -> old.put(id.apply(r), r));
            for (T r : list(after)) {
                UUID uuid = UUID.fromString(id.apply(r));
                T was = old.remove(id.apply(r));
                if (was == null) {
                    // The seed fills an empty directory: every record is new, and says where it came from.
                    record(uuid, type, SEED.equals(how) ? SEED : CREATE, "*", "", how, actor, at);
                } else if (diff(uuid, type, how, was, stored.apply(r), actor, at) == 0) {
                    record(uuid, type, how, "*", "", how, actor, at);
                }
            }
            for (Map.Entry<String, T> gone : old.entrySet()) {
                record(UUID.fromString(gone.getKey()), type, DELETE, "*", json.valueToTree(gone.getValue()).toString(),
                        "", actor, at);
            }
        }
    }

    /** One metadata record per top-level field that changed, with the old and new value as JSON. */
    private void diff(UUID id, String type, Object before, Object after, String actor) {
        diff(id, type, UPDATE, before, after, actor, Instant.now(clock));
    }

    /** As {@link #diff(UUID, String, Object, Object, String)}, with the action and moment given; how many changed. */
    private int diff(UUID id, String type, String action, Object before, Object after, String actor, Instant at) {
        JsonNode old = json.valueToTree(before);
        JsonNode now = json.valueToTree(after);
        Set<String> fields = new TreeSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        fields.remove("last_modified");
        int changed = 0;
        for (String field : fields) {
            JsonNode a = old.get(field);
            JsonNode b = now.get(field);
            if (a == null ? b != null : !a.equals(b)) {
                record(id, type, action, field, text(a), text(b), actor, at);
                changed++;
            }
        }
        return changed;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "";
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    private void record(UUID id, String type, String action, String field, String before, String after,
            String actor) {
        record(id, type, action, field, before, after, actor, Instant.now(clock));
    }

    private void record(UUID id, String type, String action, String field, String before, String after,
            String actor, Instant at) {
        MetadataEntity m = entry(id, type, action, field, before, after, actor);
        m.lastActionDate = at;
        history.persist(m);
    }

    private MetadataEntity entry(UUID id, String type, String action, String field, String before, String after,
            String actor) {
        MetadataEntity m = new MetadataEntity();
        m.id = UUID.randomUUID();
        m.resourceId = id;
        m.resourceType = type;
        m.lastActionDate = Instant.now(clock);
        m.lastActionType = action;
        m.fieldName = field;
        m.previousValue = before;
        m.replacementValue = after;
        m.updatedBy = actor;
        return m;
    }

    private String organizationName(String organizationId) {
        OrganizationEntity o = organizations.findById(UUID.fromString(organizationId));
        return o == null ? null : o.name;
    }

    private static Service withId(Service s, String id) {
        return new Service(id, s.organizationId(), s.name(), s.alternateName(), s.description(), s.url(), s.email(),
                s.status(), s.lastModified(), s.assuredDate(), s.alert(), s.phones(), s.schedules(), s.serviceAreas(),
                s.languages(), s.channel(), s.needs(), s.provenance(), s.organization(), s.serviceAtLocations(),
                s.metadata());
    }

    /** The id as a set of one when that record exists, so the validator can say which reference is wrong. */
    private static Set<String> known(String id, java.util.function.Function<UUID, ?> find) {
        UUID uuid = parseOrNull(id);
        return uuid != null && find.apply(uuid) != null ? Set.of(id) : Set.of();
    }

    private static UUID parse(String id) {
        UUID uuid = parseOrNull(id);
        if (uuid == null) {
            throw ProblemException.badRequest("id", "must be a UUID");
        }
        return uuid;
    }

    private static UUID parseOrNull(String id) {
        return id != null && DirectoryValidator.isUuid(id) ? UUID.fromString(id) : null;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
