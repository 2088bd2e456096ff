package nl.entree.directory.hsds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.directory.store.LocationEntity;
import nl.entree.directory.store.MetadataEntity;
import nl.entree.directory.store.OrganizationEntity;
import nl.entree.directory.store.OriginEntity;
import nl.entree.directory.store.Repositories;
import nl.entree.directory.store.ServiceAtLocationEntity;
import nl.entree.directory.store.ServiceEntity;

/** The HSDS 3.1 read API: lists with the HSDS page object, and single records with their related records nested. */
@ApplicationScoped
class HsdsReader {

    static final String PROFILE = "urn:entree:directory:hsds-profile:1";

    private final Repositories.Organizations organizations;
    private final Repositories.Locations locations;
    private final Repositories.Services services;
    private final Repositories.ServiceAtLocations serviceAtLocations;
    private final Repositories.History history;
    private final Repositories.Origins origins;
    private final Caller caller;

    public HsdsReader(Repositories.Organizations organizations, Repositories.Locations locations,
            Repositories.Services services, Repositories.ServiceAtLocations serviceAtLocations,
            Repositories.History history, Repositories.Origins origins, Caller caller) {
        this.organizations = organizations;
        this.locations = locations;
        this.services = services;
        this.serviceAtLocations = serviceAtLocations;
        this.history = history;
        this.origins = origins;
        this.caller = caller;
    }

    /** Filters for a list, as the HSDS query parameters give them. */
    public record Query(String search, int page, int perPage, UUID organizationId, Instant modifiedAfter) {
    }

    @Transactional
    public ApiInfo info() {
        OriginEntity origin = origins.findById(OriginEntity.ONLY);
        ApiInfo.Origin o = origin == null ? new ApiInfo.Origin(null, null, true, "De sociale kaart is nog leeg.")
                : new ApiInfo.Origin(origin.source, origin.loadedAt, origin.checkBeforeUse, origin.note);
        return new ApiInfo(Directory.HSDS_VERSION, PROFILE, "/q/openapi?format=json", o);
    }

    @Transactional
    public nl.entree.directory.hsds.Page<Service> services(Query q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and searchText like :search");
            params.put("search", "%" + likeEscaped(q.search().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.organizationId() != null) {
            where.append(" and organizationId = :org");
            params.put("org", q.organizationId());
        }
        if (q.modifiedAfter() != null) {
            where.append(" and lastModified >= :after");
            params.put("after", q.modifiedAfter());
        }
        var query = services.find(where.toString(), Sort.by("name").and("id"), params);
        long total = query.count();
        List<Service> contents = query.page(Page.of(q.page() - 1, q.perPage())).list().stream()
                .map(e -> forCaller(e.document, PublicSources::service)).toList();
        return nl.entree.directory.hsds.Page.of(contents, total, q.page(), q.perPage());
    }

    @Transactional
    public Versioned<Service> service(String id) {
        ServiceEntity e = services.findByIdOptional(uuid(id, "Service"))
                .orElseThrow(() -> ProblemException.notFound("Service " + id));
        OrganizationEntity org = organizations.findById(e.organizationId);
        List<ServiceAtLocation> atLocations = serviceAtLocations.ofService(e.id).stream()
                .map(this::withLocation).toList();
        Service detail = e.document.withDetail(org == null ? null : org.document, atLocations, metadata(e.id));
        return new Versioned<>(forCaller(detail, PublicSources::service), e.version);
    }

    @Transactional
    public nl.entree.directory.hsds.Page<Organization> organizations(Query q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and lower(name) like :search");
            params.put("search", "%" + likeEscaped(q.search().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.organizationId() != null) {
            where.append(" and id = :org");
            params.put("org", q.organizationId());
        }
        if (q.modifiedAfter() != null) {
            where.append(" and lastModified >= :after");
            params.put("after", q.modifiedAfter());
        }
        var query = organizations.find(where.toString(), Sort.by("name").and("id"), params);
        long total = query.count();
        List<Organization> contents = query.page(Page.of(q.page() - 1, q.perPage())).list().stream()
                .map(e -> forCaller(e.document, PublicSources::organization)).toList();
        return nl.entree.directory.hsds.Page.of(contents, total, q.page(), q.perPage());
    }

    @Transactional
    public Organization organization(String id) {
        OrganizationEntity e = organizations.findByIdOptional(uuid(id, "Organization"))
                .orElseThrow(() -> ProblemException.notFound("Organization " + id));
        List<Service> own = services.list("organizationId = ?1", Sort.by("name"), e.id).stream()
                .map(s -> s.document).toList();
        List<Location> places = locations.list("organizationId = ?1", Sort.by("name"), e.id).stream()
                .map(this::withHistory).toList();
        return forCaller(e.document.withDetail(own, places, metadata(e.id)), PublicSources::organization);
    }

    @Transactional
    public nl.entree.directory.hsds.Page<ServiceAtLocation> serviceAtLocations(Query q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and serviceId in (select s.id from ServiceEntity s where s.searchText like :search)");
            params.put("search", "%" + likeEscaped(q.search().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.organizationId() != null) {
            where.append(" and serviceId in (select s.id from ServiceEntity s where s.organizationId = :org)");
            params.put("org", q.organizationId());
        }
        if (q.modifiedAfter() != null) {
            where.append(" and lastModified >= :after");
            params.put("after", q.modifiedAfter());
        }
        var query = serviceAtLocations.find(where.toString(), Sort.by("serviceId").and("id"), params);
        long total = query.count();
        List<ServiceAtLocation> contents = query.page(Page.of(q.page() - 1, q.perPage())).list().stream()
                .map(this::withLocation).map(sal -> forCaller(sal, PublicSources::serviceAtLocation)).toList();
        return nl.entree.directory.hsds.Page.of(contents, total, q.page(), q.perPage());
    }

    @Transactional
    public Versioned<ServiceAtLocation> serviceAtLocation(String id) {
        ServiceAtLocationEntity e = serviceAtLocations.findByIdOptional(uuid(id, "Service at location"))
                .orElseThrow(() -> ProblemException.notFound("Service at location " + id));
        LocationEntity place = locations.findById(e.locationId);
        ServiceAtLocation detail = e.document.withDetail(place == null ? null : withHistory(place), metadata(e.id));
        return new Versioned<>(forCaller(detail, PublicSources::serviceAtLocation), e.version);
    }

    /** HSDS has no location endpoint: a location's history is read where the location is, in a single record. */
    private Location withHistory(LocationEntity place) {
        return place.document.withMetadata(metadata(place.id));
    }

    private ServiceAtLocation withLocation(ServiceAtLocationEntity e) {
        LocationEntity place = locations.findById(e.locationId);
        return e.document.withDetail(place == null ? null : place.document, null);
    }

    private List<Metadata> metadata(UUID id) {
        boolean staff = staff();
        List<Metadata> entries = new ArrayList<>();
        for (MetadataEntity m : history.of(id)) {
            entries.add(staff ? m.toHsds() : m.toPublicHsds());
        }
        return entries;
    }

    /**
     * The HSDS reads are public; only those who correct the directory see which colleague changed what, and whom
     * a source that is no web address names.
     */
    private boolean staff() {
        return PublicSources.readsWhole(caller);
    }

    private <T> T forCaller(T record, UnaryOperator<T> publicView) {
        return staff() ? record : publicView.apply(record);
    }

    /** An id that is not a UUID names nothing here: 404, as for an id that does not exist. */
    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " " + id);
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
