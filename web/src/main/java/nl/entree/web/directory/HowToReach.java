package nl.entree.web.directory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import nl.entree.web.backend.DirectoryClient;
import nl.entree.web.backend.IntakeContact;
import nl.entree.web.backend.ServiceAnswer;

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
     * For a case: triage recorded which regional service leads it, so that one is named, even if the directory would
     * now pick another centre first; until triage has resolved it, the directory's own choice is shown.
     */
    @SuppressWarnings("unchecked")
    public ServiceAnswer<Reach> forCase(Map<String, Object> kase) {
        Object lead = kase.get("leadOrganisation");
        Map<String, Object> assessment = kase.get("assessment") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
        Map<String, Object> recorded = kase.get("regionalService") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
        return load(lead, assessment.get("region"), recorded.get("id"));
    }

    /** For a saved contact: the lead triage chose and the region the casemanager entered. */
    public ServiceAnswer<Reach> forContact(IntakeContact contact) {
        return load(contact.leadName(), contact.region(), null);
    }

    @SuppressWarnings("unchecked")
    private ServiceAnswer<Reach> load(Object lead, Object region, Object recordedId) {
        if (lead == null) {
            // Nobody leads yet (a coordinator reviews): there is nobody to reach.
            return null;
        }
        String organisation = lead.toString();
        if (region == null) {
            // Without a region the directory cannot name a centre; the lead's national lines still reach it.
            return ServiceAnswer.load("directory", () -> {
                List<Map<String, Object>> options = national(directory.search(null, null, null, null), organisation);
                return new Reach(organisation, null, null, options,
                        options.stream().anyMatch(o -> Boolean.TRUE.equals(o.get("check_before_use"))));
            });
        }
        return ServiceAnswer.load("directory", () -> {
            Map<String, Object> where = directory.where(organisation, region.toString());
            List<Map<String, Object>> options = where.get("options") instanceof List<?> l
                    ? (List<Map<String, Object>>) l : List.of();
            Map<String, Object> regional = options.stream()
                    .filter(o -> recordedId != null && (recordedId.equals(o.get("service_at_location_id"))
                            || recordedId.equals(o.get("service_id"))))
                    .findFirst()
                    .orElse(where.get("regional") instanceof Map<?, ?> m ? (Map<String, Object>) m : null);
            return new Reach(organisation, region.toString(), regional, options,
                    Boolean.TRUE.equals(where.get("check_before_use")));
        });
    }

    private static List<Map<String, Object>> national(List<Map<String, Object>> all, String organisation) {
        return all.stream().filter(o -> Objects.equals(organisation, o.get("organisation")))
                .filter(o -> "NATIONAL".equals(o.get("scope"))).toList();
    }
}
