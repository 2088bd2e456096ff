package nl.entree.web.backend;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * directory-service's {@code GET /api/directory/where}: how to reach an organisation in a region at a moment.
 * {@code regional} is the centre that leads, null when the directory knows none for the region; {@code options} lists
 * the regional ones first. Named as the directory writes them (see {@link ReachOption}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Where(Organisation organisation, Region region, Instant at, ReachOption regional,
        List<ReachOption> options, boolean check_before_use) {
}
