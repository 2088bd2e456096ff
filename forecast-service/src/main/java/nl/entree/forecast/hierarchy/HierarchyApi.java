package nl.entree.forecast.hierarchy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** The records of forecasts that add up. */
public final class HierarchyApi {

    private HierarchyApi() {
    }

    /**
     * NOT_ATTRIBUTED is the one node of triage's cases that no organisation × caseType node holds: those without a
     * lead, and those of an organisation series left out (too short, or mostly hidden from the caller).
     */
    public enum Level {
        NATIONAL, ORGANISATION, NOT_ATTRIBUTED, REGION, NO_REGION
    }

    @Schema(name = "HierarchyForecast", description = "The national total, each organisation × caseType and each "
            + "region, forecast on their own (base) and then reconciled so that the organisations (with the cases "
            + "not attributed to one: node not-attributed) and the regions (with the cases that named none: node "
            + "no-region) both add up to the national total, month by month.")
    public record HierarchyView(
            @Schema(description = "the last month the forecasts start from") String last,
            List<String> months,
            @Schema(description = "OLS or WLS (each forecast weighed by its own variance)") String method,
            List<Node> nodes,
            @Schema(description = "the largest |national − Σ parts| over the months, before and after")
            Coherence coherence,
            List<String> notes) {
    }

    @Schema(name = "HierarchyNode", description = "For a ministry a figure below 10 is null")
    public record Node(String id, Level level, Organisation organisation, CaseType caseType, Region region,
            String model, List<Double> base, List<Double> reconciled) {
    }

    @Schema(name = "HierarchyCoherence")
    public record Coherence(double organisationsBase, double organisationsReconciled, Double regionsBase,
            Double regionsReconciled) {
    }
}
