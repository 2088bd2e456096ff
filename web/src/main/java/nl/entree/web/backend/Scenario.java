package nl.entree.web.backend;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;

/** forecast's {@code GET /api/scenarios}: a named what-if with its effects. The kind (STEP, PEAK) stays text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scenario(long id, String name, String description, List<Effect> effects) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Effect(String kind, YearMonth from, Integer months, BigDecimal percent,
            List<Organisation> organisations, List<String> series) {
    }
}
