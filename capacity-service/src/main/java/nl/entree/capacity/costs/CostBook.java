package nl.entree.capacity.costs;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.entree.capacity.versions.DatedVersions;
import nl.entree.common.vocabulary.Organisation;

/** Every version of every cost, read once per request, so that one answer uses one consistent set. */
public final class CostBook {

    private final Map<Organisation, List<FteCost>> versions = new EnumMap<>(Organisation.class);
    private final Map<UUID, List<CostView.Correction>> corrections;

    CostBook(List<FteCost> all, List<FteCostAmendment> allCorrections) {
        versions.putAll(all.stream().collect(Collectors.groupingBy(c -> c.organisation,
                () -> new EnumMap<>(Organisation.class),
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing((FteCost c) -> c.validFrom)).toList()))));
        corrections = allCorrections.stream().collect(Collectors.groupingBy(c -> c.versionId,
                Collectors.mapping(CostView.Correction::of, Collectors.toList())));
    }

    private CostView view(FteCost cost) {
        return CostView.of(cost, corrections.getOrDefault(cost.id, List.of()));
    }

    public CostView on(Organisation organisation, LocalDate day) {
        return DatedVersions.on(versions.getOrDefault(organisation, List.of()), day, c -> c.validFrom, c -> c.validTo)
                .map(this::view)
                .orElseGet(() -> CostView.unknown(organisation));
    }

    /**
     * The cost of work in the month that starts on {@code firstDay}. Before the first registered version the first
     * version applies, as with the hour norms: registering a cost describes what work costs, it does not change it.
     */
    public CostView forMonth(Organisation organisation, LocalDate firstDay) {
        return DatedVersions.forMonth(versions.getOrDefault(organisation, List.of()), firstDay, c -> c.validFrom,
                c -> c.validTo).map(this::view).orElseGet(() -> CostView.unknown(organisation));
    }

    List<CostView> history(Organisation organisation) {
        return versions.getOrDefault(organisation, List.of()).stream().map(this::view).toList();
    }
}
