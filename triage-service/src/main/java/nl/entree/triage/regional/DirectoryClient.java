package nl.entree.triage.regional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import nl.entree.common.security.ServiceTokenHeaders;

/** directory-service, called as role {@code service}; asks only organisation and region, never about a person. */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/directory")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryClient {

    @GET
    @Path("/where")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000,
            skipOn = WebApplicationException.class)
    Where where(@QueryParam("organisation") String organisation, @QueryParam("region") String region);

    /** The part of directory-service's answer triage keeps; the rest (hours, numbers) is read live by the screens. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Where(Regional regional) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Regional(@JsonProperty("service_id") String serviceId,
            @JsonProperty("service_at_location_id") String serviceAtLocationId, String name,
            @JsonProperty("location_name") String locationName) {

        /** The directory's id of the centre's offer, or of the service when it has no centre. */
        String id() {
            return serviceAtLocationId != null ? serviceAtLocationId : serviceId;
        }

        String displayName() {
            return locationName != null ? locationName : name;
        }
    }
}
