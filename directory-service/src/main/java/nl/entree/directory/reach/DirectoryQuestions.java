package nl.entree.directory.reach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.directory.hsds.Address;
import nl.entree.directory.hsds.Location;
import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.PublicSources;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.directory.opening.OpeningHours;
import nl.entree.directory.opening.Openness;
import nl.entree.directory.store.OrganizationEntity;
import nl.entree.directory.store.OriginEntity;
import nl.entree.directory.store.Repositories;
import nl.entree.directory.store.ServiceAtLocationEntity;
import nl.entree.directory.store.ServiceEntity;

/**
 * The questions the rest of Entree asks the directory. The whole directory is a few dozen records, so each
 * question reads it once and answers in memory rather than in SQL over jsonb.
 */
@ApplicationScoped
class DirectoryQuestions {

    private static final List<Channel> CHANNEL_ORDER = List.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL,
            Channel.WALK_IN);

    private final Repositories.Organizations organizations;
    private final Repositories.Locations locations;
    private final Repositories.Services services;
    private final Repositories.ServiceAtLocations serviceAtLocations;
    private final Repositories.Origins origins;
    private final Caller caller;

    public DirectoryQuestions(Repositories.Organizations organizations, Repositories.Locations locations,
            Repositories.Services services, Repositories.ServiceAtLocations serviceAtLocations,
            Repositories.Origins origins, Caller caller) {
        this.organizations = organizations;
        this.locations = locations;
        this.services = services;
        this.serviceAtLocations = serviceAtLocations;
        this.origins = origins;
        this.caller = caller;
    }

    @Transactional
    public Where where(Organisation organisation, Region region, Instant at) {
        List<ReachOption> options = options(at, region.name()).stream()
                .filter(o -> organisation.name().equals(o.organisation()))
                .filter(o -> o.scope() == ReachOption.Scope.NATIONAL || o.regions().contains(region.name()))
                .sorted(forRegion(region.name()))
                .toList();
        ReachOption regional = options.stream().filter(o -> o.surelyServes(region.name()))
                .filter(o -> o.channel() == Channel.PHONE).findFirst()
                .or(() -> options.stream().filter(o -> o.surelyServes(region.name())).findFirst())
                .orElse(null);
        return new Where(organisation, region, at, regional, options, checkBeforeUse());
    }

    @Transactional
    public List<ReachOption> search(Region region, Need need, Boolean openNow, Channel channel, Instant at) {
        // Without a region no centre is known to fit, so the national lines, which forward to the right region,
        // come first across all organisations.
        Comparator<ReachOption> order = WAY_IN_FIRST.thenComparing(region == null
                ? Comparator.comparing((ReachOption o) -> o.scope() == ReachOption.Scope.NATIONAL ? 0 : 1)
                        .thenComparing(ReachOption::organisationName).thenComparing(BY_CHANNEL)
                : Comparator.comparing(ReachOption::organisationName).thenComparing(forRegion(region.name())));
        return options(at, region == null ? null : region.name()).stream()
                .filter(o -> region == null || o.scope() == ReachOption.Scope.NATIONAL
                        || o.regions().contains(region.name()))
                .filter(o -> need == null || o.needs().contains(need))
                .filter(o -> channel == null || o.channel() == channel)
                .filter(o -> openNow == null || openNow == o.openNow())
                .sorted(order)
                .toList();
    }

    /**
     * An option whose own channel cannot be taken ({@link ReachOption#wayIn()}) after every one that can, however
     * sure its area: a card that says only "telefoonnummer onbekend" or "chat: onbekend" must not stand above the
     * chat that answers.
     */
    private static final Comparator<ReachOption> WAY_IN_FIRST = Comparator.comparing((ReachOption o) ->
            o.wayIn() ? 0 : 1);

    private static final Comparator<ReachOption> BY_CHANNEL = Comparator
            .comparing((ReachOption o) -> CHANNEL_ORDER.indexOf(o.channel()))
            .thenComparing(ReachOption::name);

    /**
     * Among the options with a way in, and then among those without: a centre that surely serves the region first,
     * then the national lines, then a centre that may not serve it: an unconfirmed or partial mapping must not stand
     * before the line that certainly reaches the right help.
     */
    private static Comparator<ReachOption> forRegion(String region) {
        return WAY_IN_FIRST.thenComparing((ReachOption o) -> o.surelyServes(region) ? 0
                        : o.scope() == ReachOption.Scope.NATIONAL ? 1 : 2)
                .thenComparing(BY_CHANNEL);
    }

    private boolean checkBeforeUse() {
        OriginEntity origin = origins.findById(OriginEntity.ONLY);
        return origin == null || origin.checkBeforeUse;
    }

    /**
     * Every active service, once nationally where it covers the country, once per centre it is offered at, and once
     * for the regions it names itself that none of its centres covers: a phone or chat line of a region without a
     * centre (as an editor can add one) must still be found by someone in that region. {@code region}, when asked
     * for, is the region whose mapping {@code verified} speaks about.
     */
    private List<ReachOption> options(Instant at, String region) {
        Map<UUID, OrganizationEntity> orgs = new HashMap<>();
        organizations.listAll().forEach(o -> orgs.put(o.id, o));
        Map<UUID, Location> places = new HashMap<>();
        locations.listAll().forEach(l -> places.put(l.id, l.document));
        // Only those who correct the directory read a source that is no web address: it may name a person.
        boolean staff = PublicSources.readsWhole(caller);
        Map<UUID, List<ServiceAtLocation>> atLocations = new HashMap<>();
        for (ServiceAtLocationEntity sal : serviceAtLocations.all()) {
            atLocations.computeIfAbsent(sal.serviceId, k -> new ArrayList<>())
                    .add(staff ? sal.document : PublicSources.serviceAtLocation(sal.document));
        }
        List<ReachOption> options = new ArrayList<>();
        for (ServiceEntity e : services.byName()) {
            Service s = staff ? e.document : PublicSources.service(e.document);
            OrganizationEntity org = orgs.get(e.organizationId);
            if (!s.isActive() || org == null) {
                continue;
            }
            List<ServiceAtLocation> centres = atLocations.getOrDefault(e.id, List.of());
            if (list(s.serviceAreas()).stream().anyMatch(ServiceArea::isCountry)) {
                options.add(option(org, s, null, null, List.of(), ReachOption.Scope.NATIONAL, region, at));
            } else {
                List<ServiceArea> withoutCentre = withoutCentre(s, centres);
                if (!withoutCentre.isEmpty()) {
                    options.add(option(org, s, null, null, withoutCentre, ReachOption.Scope.REGIONAL, region, at));
                }
            }
            for (ServiceAtLocation sal : centres) {
                options.add(option(org, s, sal, places.get(UUID.fromString(sal.locationId())),
                        list(sal.serviceAreas()), ReachOption.Scope.REGIONAL, region, at));
            }
        }
        return options;
    }

    /**
     * A centre's hours: its own week where it has one, else the line's week with the line's days with other hours; its
     * own days with other hours on top either way. A centre whose only schedule is a Christmas closure keeps the
     * line's week for every other day, instead of reading "unknown" all year.
     */
    static List<Schedule> centreSchedules(List<Schedule> centre, List<Schedule> line) {
        boolean ownWeek = centre.stream().anyMatch(sc -> !sc.isException());
        if (ownWeek) {
            return centre;
        }
        return Stream.concat(line.stream(), centre.stream()).toList();
    }

    /** The service's own safety regions that none of its centres names, so no region is offered twice. */
    private static List<ServiceArea> withoutCentre(Service s, List<ServiceAtLocation> centres) {
        List<String> atCentres = centres.stream().flatMap(c -> list(c.serviceAreas()).stream())
                .filter(ServiceArea::isRegion).map(ServiceArea::extent).toList();
        return list(s.serviceAreas()).stream().filter(ServiceArea::isRegion)
                .filter(a -> !atCentres.contains(a.extent())).toList();
    }

    private static ReachOption option(OrganizationEntity org, Service s, ServiceAtLocation sal, Location place,
            List<ServiceArea> areas, ReachOption.Scope scope, String region, Instant at) {
        List<Schedule> schedules = sal == null ? list(s.schedules()) : centreSchedules(list(sal.schedules()),
                list(s.schedules()));
        Openness lineHours = OpeningHours.at(list(s.schedules()), at);
        Openness centreHours = sal == null ? lineHours : OpeningHours.at(list(sal.schedules()), at);
        List<ReachOption.Number> numbers = Stream.concat(
                        sal == null ? Stream.<ReachOption.Number>empty()
                                : list(sal.phones()).stream().map(p -> number(p, centreHours)),
                        list(s.phones()).stream().map(p -> number(p, lineHours)))
                .sorted(Comparator.comparingInt(ReachOption.Number::choice))
                .toList();
        List<String> regions = areas.stream().filter(ServiceArea::isRegion)
                .map(ServiceArea::extent).toList();
        String areaNote = areas.stream().map(a -> a.description() == null ? null : a.extent() + ": " + a.description())
                .filter(Objects::nonNull).reduce((a, b) -> a + "; " + b).orElse(null);
        Provenance p = s.provenance();
        Provenance local = sal == null ? null : sal.provenance();
        boolean unsureCentre = local != null && !local.isVerified();
        List<String> uncertainRegions = areas.stream().filter(ServiceArea::isRegion)
                .filter(a -> isUnsure(a) || unsureCentre)
                .map(ServiceArea::extent).toList();
        // Asked for one region, how sure the mapping is to another region the centre may serve says nothing about
        // this one (CSG Zuid-Holland is sure for VR16 though unsure for VR15); asked for none, every region counts.
        boolean unsureArea = areas.stream().filter(a -> region == null || region.equals(a.extent()))
                .anyMatch(DirectoryQuestions::isUnsure);
        List<String> unknown = new ArrayList<>(p == null || p.unknown() == null ? List.of() : p.unknown());
        if (numbers.isEmpty() && s.channel() == Channel.PHONE && !unknown.contains("phones")) {
            unknown.add("phones");
        }
        if (place != null && place.provenance() != null && place.provenance().unknown() != null) {
            place.provenance().unknown().stream().filter(u -> u.startsWith("addresses")).forEach(unknown::add);
        }
        ReachOption.Address address = s.channel() == Channel.WALK_IN ? address(place) : null;
        if (address != null && !address.known()) {
            unknown.add("address");
        }
        boolean verified = (p != null && p.isVerified()) && !unsureCentre && !unsureArea;
        String note = Stream.of(p == null ? null : p.note(), local == null ? null : local.note())
                .filter(Objects::nonNull).distinct().reduce((a, b) -> a + " " + b).orElse(null);
        // A centre's option shows the centre's numbers, hours and mapping beside the line's: checking the line says
        // nothing about them, so the option is only as checked as the less checked of the two.
        boolean toCheck = p == null || p.mustBeChecked() || (sal != null && (local == null || local.mustBeChecked()));
        return new ReachOption(s.id(), sal == null ? null : sal.id(), org.code, org.name, s.name(),
                place == null ? null : place.name(), scope,
                s.channel(), regions, areaNote, numbers, s.url(), s.email(),
                reachable(OpeningHours.at(schedules, at), numbers),
                list(s.needs()), verified, verifiedOn(p, sal),
                p == null ? null : p.source(), local == null ? null : local.source(), toCheck, note, unknown, address,
                uncertainRegions);
    }

    /**
     * When the option was last seen at its source: the line's date, or for a centre the older of the line's and the
     * centre's, and unknown when either is.
     */
    static LocalDate verifiedOn(Provenance line, ServiceAtLocation centre) {
        LocalDate lineDate = line == null ? null : line.verifiedOn();
        if (centre == null || lineDate == null) {
            return lineDate;
        }
        LocalDate centreDate = centre.provenance() == null ? null : centre.provenance().verifiedOn();
        return centreDate == null || centreDate.isBefore(lineDate) ? centreDate : lineDate;
    }

    /**
     * The option's openness with the numbers it lists: a centre with a week of its own lists the line's numbers too,
     * and must not read "closed" above a 24/7 number it offers. Open when it or any of those numbers is open, then
     * with those numbers in {@code open_via}; closed only when it and every number with known hours are, opening
     * again at the first of them (unknown when one of them does not say). {@code hours} names a number's known hours
     * beside the option's own where they differ; {@code week} stays the option's own, and a screen wording it in
     * another language finds each number's week in the number's own {@code openness}. A number whose hours are
     * unknown changes nothing, as it is listed after the others.
     */
    private static Openness reachable(Openness own, List<ReachOption.Number> numbers) {
        List<ReachOption.Number> known = numbers.stream()
                .filter(n -> n.openness().state() != Openness.State.UNKNOWN).toList();
        String hours = Stream.concat(Stream.of(own.hours()), known.stream()
                        .filter(n -> !Objects.equals(n.openness().hours(), own.hours()))
                        .filter(n -> !OpeningHours.UNKNOWN_HOURS.equals(n.openness().hours()))
                        .map(n -> n.number() + ": " + n.openness().hours()))
                .distinct().collect(Collectors.joining("; "));
        List<ReachOption.Number> open = known.stream().filter(n -> n.openness().isOpen()).toList();
        if (own.isOpen() || !open.isEmpty()) {
            List<Instant> closing = Stream.concat(own.isOpen() ? Stream.of(own) : Stream.empty(),
                    open.stream().map(ReachOption.Number::openness)).map(Openness::closesAt).toList();
            Instant closes = closing.contains(null) ? null : closing.stream().max(Comparator.naturalOrder())
                    .orElse(null);
            List<String> via = own.isOpen() ? null
                    : open.stream().map(ReachOption.Number::number).distinct().toList();
            return new Openness(Openness.State.OPEN, closes, null, hours, own.week(), own.roundTheClock(),
                    own.otherHours(), via);
        }
        if (own.state() == Openness.State.CLOSED) {
            List<Instant> opening = Stream.concat(Stream.of(own), known.stream().map(ReachOption.Number::openness))
                    .map(Openness::nextOpens).toList();
            Instant next = opening.contains(null) ? null : opening.stream().min(Comparator.naturalOrder())
                    .orElse(null);
            return new Openness(Openness.State.CLOSED, null, next, hours, own.week(), own.roundTheClock(),
                    own.otherHours());
        }
        return new Openness(own.state(), null, null, hours, own.week(), own.roundTheClock(), own.otherHours());
    }

    private static boolean isUnsure(ServiceArea a) {
        return a.provenance() != null && !a.provenance().isVerified();
    }

    /** The centre's physical address as one line, with the parts the location names as unknown. */
    private static ReachOption.Address address(Location place) {
        Address found = place == null ? null : list(place.addresses()).stream()
                .filter(a -> a.address1() != null && !a.address1().isBlank())
                .filter(a -> a.addressType() == null || "physical".equals(a.addressType()))
                .findFirst().orElse(null);
        if (found == null) {
            return new ReachOption.Address(false, ReachOption.Address.UNKNOWN, List.of("address"));
        }
        String text = Stream.of(found.address1(), found.postalCode(), found.city()).filter(Objects::nonNull)
                .filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
        List<String> missing = place.provenance() == null ? List.of() : list(place.provenance().unknown()).stream()
                .filter(u -> u.startsWith("addresses.")).map(u -> u.substring("addresses.".length())).toList();
        return new ReachOption.Address(true, text, missing);
    }

    private static ReachOption.Number number(Phone p, Openness hours) {
        Provenance known = p.provenance();
        return new ReachOption.Number(p.number(), p.description(), known != null && known.isVerified(),
                known == null ? null : known.note(), known == null ? null : known.caution(),
                p.hoursUnknown() ? Openness.unknown() : hours);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
