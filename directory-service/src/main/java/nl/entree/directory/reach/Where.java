package nl.entree.directory.reach;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * The answer to "where and how does this organisation help someone in this region, at this moment?".
 * {@code regional} is the regional centre that leads, or null when the directory knows none for the region (the
 * national options still reach it). {@code options} lists regional options first.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Where(Organisation organisation, Region region, Instant at, ReachOption regional,
        List<ReachOption> options, boolean checkBeforeUse) {
}
