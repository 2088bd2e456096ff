package nl.entree.help.finder;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.help.backend.DirectoryClient;
import nl.entree.help.backend.ReachOption;
import nl.entree.help.backend.TriageClient;

/**
 * Turns the visitor's answers into advice: triage's active rule set decides which organisation fits (the same rules
 * the professionals use, and no case is made), the directory says how to reach it. A triage that cannot answer is an
 * error for the page (503); a directory that cannot answer still leaves the advice, without the ways to reach it.
 */
@ApplicationScoped
public class HelpFinder {

    private static final Logger LOG = Logger.getLogger(HelpFinder.class);

    private final TriageClient triage;
    private final DirectoryClient directory;
    private final Clock clock;

    public HelpFinder(@RestClient TriageClient triage, @RestClient DirectoryClient directory,
            Clock clock) {
        this.triage = triage;
        this.directory = directory;
        this.clock = clock;
    }

    public Advice advise(Answers answers) {
        Instant now = Instant.now(clock);
        TriageDecision decision = triage.evaluate(answers.toAssessment(now));
        Region region = answers.knownRegion();
        Organisation lead = decision.leadOrganisation();
        List<ReachOption> options;
        boolean directoryDown = false;
        try {
            options = lead == null ? everyone(region) : waysToReach(lead, region);
        } catch (RuntimeException e) {
            // Only the kind of failure: the answers and the region never reach a log line.
            LOG.warnf("directory-service did not answer: %s", e.getClass().getSimpleName());
            options = List.of();
            directoryDown = true;
        }
        return new Advice(lead, decision.caseType(), decision.acute(), decision.emergency(),
                decision.supportingOrganisations() == null ? Set.of() : decision.supportingOrganisations(),
                region, options, directoryDown);
    }

    /**
     * The lines that help anyone in the country, for a page that cannot give advice: without triage's answer the
     * person still gets the numbers the directory has, never one of help's own. Empty when the directory cannot say.
     */
    public List<ReachOption> nationalLines() {
        try {
            return directory.search(null).stream().filter(ReachOption::national).toList();
        } catch (RuntimeException e) {
            LOG.warnf("directory-service did not answer: %s", e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** The region's own centre first, then the national lines; without a region, the national lines only. */
    private List<ReachOption> waysToReach(Organisation lead, Region region) {
        if (region != null) {
            return directory.where(lead, region).options();
        }
        return nationalOrAll(directory.search(null).stream().filter(o -> o.organisation() == lead).toList());
    }

    /**
     * When the rules leave the choice to a professional: everyone who surely helps in the region, then the national
     * lines, then centres the directory is unsure serve it; and, as the directory orders them everywhere, every way
     * that cannot be taken (no number, chat address or address to go to) after all that can. Without a region no
     * centre is known to be near, so only the national lines, as for a lead.
     */
    private List<ReachOption> everyone(Region region) {
        if (region == null) {
            return nationalOrAll(directory.search(null));
        }
        // Way in before area: a card that says only "telefoonnummer onbekend" must not stand above the centre that
        // answers, however sure its area. The sort is stable, so the directory's order holds within each group.
        Comparator<ReachOption> order = Comparator.comparingInt((ReachOption o) -> o.wayIn() ? 0 : 1)
                .thenComparingInt(o -> o.national() ? 1 : o.mayNotServe(region) ? 2 : 0);
        return directory.search(region).stream().sorted(order).toList();
    }

    /** The national lines; the centres all over the country only where there is none, since a centre beats nothing. */
    private static List<ReachOption> nationalOrAll(List<ReachOption> all) {
        List<ReachOption> national = all.stream().filter(ReachOption::national).toList();
        return national.isEmpty() ? all : national;
    }
}
