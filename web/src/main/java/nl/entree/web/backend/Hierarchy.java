package nl.entree.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * forecast's {@code GET /api/hierarchy}: the national total, each organisation × caseType and each region, forecast
 * and reconciled so that they add up. A null figure is below 10, for a ministry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Hierarchy(String last, List<String> months, String method, List<Node> nodes, Coherence coherence) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Node(String id, String level, String organisation, String caseType, String region,
            List<Double> reconciled) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coherence(double organisationsBase, double organisationsReconciled, Double regionsBase,
            Double regionsReconciled) {
    }
}
