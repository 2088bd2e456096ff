package nl.entree.help.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** directory-service's answer to "where": the regional centre (or null) and every option, regional first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Where(ReachOption regional, List<ReachOption> options) {

    public Where {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
