package nl.entree.directory.hsds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * HSDS 3.1 service_at_location: a service as one regional centre offers it, with the safety regions it covers.
 * This is the "regional service" a case records as its lead. Its phones and schedules, when present, are the
 * centre's own; otherwise the service's apply.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceAtLocation(String id, String serviceId, String locationId, String description,
        List<Phone> phones, List<Schedule> schedules, List<ServiceArea> serviceAreas, Provenance provenance,
        Location location, List<Metadata> metadata) {

    public ServiceAtLocation stored() {
        return new ServiceAtLocation(id, serviceId, locationId, description, phones, schedules, serviceAreas,
                provenance, null, null);
    }

    public ServiceAtLocation withDetail(Location where, List<Metadata> history) {
        return new ServiceAtLocation(id, serviceId, locationId, description, phones, schedules, serviceAreas,
                provenance, where, history);
    }
}
