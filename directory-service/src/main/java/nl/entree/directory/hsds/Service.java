package nl.entree.directory.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;

/**
 * HSDS 3.1 service: one way to reach one organisation (its phone line, its chat, a walk-in), because each has its
 * own hours. {@code assured_date} is the date the facts were last checked. Beside HSDS: {@code channel},
 * {@code needs} and {@code provenance} (docs/directory.md, "Additions to HSDS").
 * Stored and exported without {@code organization}, {@code service_at_locations} and {@code metadata}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Service(String id, String organizationId, String name, String alternateName, String description,
        String url, String email, String status, Instant lastModified, LocalDate assuredDate, String alert,
        List<Phone> phones, List<Schedule> schedules, List<ServiceArea> serviceAreas, List<Language> languages,
        Channel channel, List<Need> needs, Provenance provenance, Organization organization,
        List<ServiceAtLocation> serviceAtLocations, List<Metadata> metadata) {

    public static final List<String> STATUSES = List.of("active", "inactive", "defunct", "temporarily closed");
    public static final String ACTIVE = "active";

    public Service stored() {
        return new Service(id, organizationId, name, alternateName, description, url, email, status, lastModified,
                assuredDate, alert, phones, schedules, serviceAreas, languages, channel, needs, provenance, null, null,
                null);
    }

    public Service withDetail(Organization org, List<ServiceAtLocation> atLocations, List<Metadata> history) {
        return new Service(id, organizationId, name, alternateName, description, url, email, status, lastModified,
                assuredDate, alert, phones, schedules, serviceAreas, languages, channel, needs, provenance, org,
                atLocations, history);
    }

    public Service withChange(String newStatus, Instant modified) {
        return new Service(id, organizationId, name, alternateName, description, url, email, newStatus, modified,
                assuredDate, alert, phones, schedules, serviceAreas, languages, channel, needs, provenance, null, null,
                null);
    }

    public Service modifiedAt(Instant modified) {
        return withChange(status, modified);
    }

    @JsonIgnore
    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
