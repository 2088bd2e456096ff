package nl.entree.capacity.costs;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.entree.common.vocabulary.Organisation;

/** Every version of every cost, read once per request, so that one answer uses one consistent set. */
public final class CostBook {

    private final Map<Organisation, List<FteCost>> versions = new EnumMap<>(Organisation.class);

    CostBook(List<FteCost> all) {
        versions.putAll(all.stream().collect(Collectors.groupingBy(c -> c.organisation,
                () -> new EnumMap<>(Organisation.class),
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing((FteCost c) -> c.validFrom)).toList()))));
    }

    public CostView on(Organisation organisation, LocalDate day) {
        return versions.getOrDefault(organisation, List.of()).stream()
                .filter(c -> c.validOn(day))
                .findFirst()
                .map(CostView::of)
                .orElseGet(() -> CostView.unknown(organisation));
    }

    /**
     * The cost of work in the month that starts on {@code firstDay}. Before the first registered version the first
     * version applies, as with the hour norms: registering a cost describes what work costs, it does not change it.
     */
    public CostView forMonth(Organisation organisation, LocalDate firstDay) {
        List<FteCost> list = versions.getOrDefault(organisation, List.of());
        if (!list.isEmpty() && firstDay.isBefore(list.get(0).validFrom)) {
            return CostView.of(list.get(0));
        }
        return on(organisation, firstDay);
    }

    List<CostView> history(Organisation organisation) {
        return versions.getOrDefault(organisation, List.of()).stream().map(CostView::of).toList();
    }
}
