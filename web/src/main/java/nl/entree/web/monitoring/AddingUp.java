package nl.entree.web.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.entree.web.backend.Hierarchy;

/**
 * The reconciled forecast as the screen shows it: per month the national total beside the sum of the organisations
 * (with the cases no organisation leads) and the sum of the regions (with the cases that named none), which are the
 * same; and per region its next twelve months. A sum over a hidden (null) figure is unknown: it would give the
 * hidden one back.
 */
public record AddingUp(List<Month> months, Map<String, Double> perRegion, double gapBefore, String method) {

    public record Month(String month, Double national, Double organisations, Double regions) {
    }

    static AddingUp of(Hierarchy h) {
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < h.months().size(); i++) {
            months.add(new Month(h.months().get(i), sum(h, List.of("NATIONAL"), i),
                    sum(h, List.of("ORGANISATION", "NOT_ATTRIBUTED"), i), sum(h, List.of("REGION", "NO_REGION"), i)));
        }
        Map<String, Double> perRegion = new HashMap<>();
        for (Hierarchy.Node n : h.nodes()) {
            if (n.region() != null) {
                perRegion.put(n.region(), n.reconciled().stream().anyMatch(v -> v == null) ? null
                        : n.reconciled().stream().mapToDouble(Double::doubleValue).sum());
            }
        }
        return new AddingUp(months, perRegion, h.coherence().organisationsBase(), h.method());
    }

    private static Double sum(Hierarchy h, List<String> levels, int month) {
        double sum = 0;
        boolean any = false;
        for (Hierarchy.Node n : h.nodes()) {
            if (levels.contains(n.level())) {
                Double v = n.reconciled().get(month);
                if (v == null) {
                    return null;
                }
                sum += v;
                any = true;
            }
        }
        return any ? sum : null;
    }
}
