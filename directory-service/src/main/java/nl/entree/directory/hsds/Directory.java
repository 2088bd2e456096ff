package nl.entree.directory.hsds;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The whole directory as one HSDS JSON document: each resource as stored, related by id. Export writes it; import
 * replaces the directory with it, all or nothing. History (metadata) stays with the directory and is not exported.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Directory(String hsdsVersion, List<Organization> organizations, List<Location> locations,
        List<Service> services, List<ServiceAtLocation> serviceAtLocations) {

    public static final String HSDS_VERSION = "3.1";
}
