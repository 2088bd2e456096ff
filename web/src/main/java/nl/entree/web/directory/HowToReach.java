package nl.entree.web.directory;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.backend.DirectoryClient;
import nl.entree.web.backend.ReachOption;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.Where;

/**
 * "How do I reach the lead?" for the case and saved-contact pages, asked of directory-service at the moment the page
 * is drawn, so "open now" is now. A directory that is down fails this panel only.
 */
@RequestScoped
public class HowToReach {

    private final DirectoryClient directory;

    public HowToReach(@RestClient DirectoryClient directory) {
        this.directory = directory;
    }

    /**
     * For a case: triage recorded which regional service leads it ({@code recordedService}, the id of a
     * service_at_location or of a service), so that one is named, even if the directory would now pick another centre
     * first; until triage has resolved it (null), the directory's own choice is shown. {@code region} is the one of
     * the case's assessment.
     */
    public ServiceAnswer<Reach> forCase(Organisation lead, Region region, String recordedService) {
        return load(lead, region, recordedService);
    }

    /** For a saved contact: the lead triage chose and the region the casemanager entered. */
    public ServiceAnswer<Reach> forContact(Organisation lead, Region region) {
        return load(lead, region, null);
    }

    private ServiceAnswer<Reach> load(Organisation lead, Region region, String recordedService) {
        if (lead == null) {
            // Nobody leads yet (a coordinator reviews): there is nobody to reach.
            return null;
        }
        if (region == null) {
            // Without a region the directory cannot name a centre; the lead's national lines still reach it.
            return ServiceAnswer.load("directory", () -> {
                List<ReachOption> options = national(directory.search(null, null, null, null), lead);
                return new Reach(lead, null, null, options,
                        options.stream().anyMatch(ReachOption::check_before_use));
            });
        }
        return ServiceAnswer.load("directory", () -> {
            Where where = directory.where(lead, region);
            List<ReachOption> options = where.options() == null ? List.of() : where.options();
            ReachOption regional = options.stream().filter(o -> o.is(recordedService)).findFirst()
                    .orElse(where.regional());
            return new Reach(lead, region, regional, options, where.check_before_use());
        });
    }

    private static List<ReachOption> national(List<ReachOption> all, Organisation organisation) {
        return all.stream().filter(o -> organisation.name().equals(o.organisation()))
                .filter(o -> "NATIONAL".equals(o.scope())).toList();
    }
}
