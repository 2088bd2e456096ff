package nl.entree.capacity.norms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.entree.capacity.versions.DatedVersions;
import nl.entree.common.vocabulary.CaseType;

/** Every version of every norm, read once per request, so that one answer uses one consistent set of norms. */
public final class NormBook {

    private final Map<CaseType, List<HourNorm>> versions = new EnumMap<>(CaseType.class);
    private final Map<UUID, List<NormView.Correction>> corrections;

    NormBook(List<HourNorm> all, List<HourNormAmendment> allCorrections) {
        versions.putAll(all.stream().collect(Collectors.groupingBy(n -> n.caseType,
                () -> new EnumMap<>(CaseType.class),
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing((HourNorm n) -> n.validFrom)).toList()))));
        corrections = allCorrections.stream().collect(Collectors.groupingBy(c -> c.versionId,
                Collectors.mapping(NormView.Correction::of, Collectors.toList())));
    }

    private NormView view(HourNorm norm) {
        return NormView.of(norm, corrections.getOrDefault(norm.id, List.of()));
    }

    /** The norm in force on {@code day}, or {@code NO_NORM}. */
    public NormView on(CaseType caseType, LocalDate day) {
        return DatedVersions.on(versions.getOrDefault(caseType, List.of()), day, n -> n.validFrom, n -> n.validTo)
                .map(this::view)
                .orElseGet(() -> NormView.none(caseType));
    }

    /**
     * The norm for work in the month that starts on {@code firstDay}. Before the first registered version the
     * first version applies: registering a norm describes the work, it does not change it.
     */
    public NormView forMonth(CaseType caseType, LocalDate firstDay) {
        return DatedVersions.forMonth(versions.getOrDefault(caseType, List.of()), firstDay, n -> n.validFrom,
                n -> n.validTo).map(this::view).orElseGet(() -> NormView.none(caseType));
    }

    public List<NormView> history(CaseType caseType) {
        return versions.getOrDefault(caseType, List.of()).stream().map(this::view).toList();
    }
}
