package nl.entree.web.directory;

import java.util.List;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.backend.ReachOption;

/**
 * How to reach the lead of a case or contact, as the directory answered: {@code regional} is the regional service
 * (null when the directory knows none for the region, or no region is known), {@code options} every way to reach the
 * lead, regional first. Web adds nothing of its own: a number or an hour that is not here is unknown.
 */
public record Reach(Organisation organisation, Region region, ReachOption regional, List<ReachOption> options,
        boolean checkBeforeUse) {

    public boolean regionKnown() {
        return region != null;
    }

}
