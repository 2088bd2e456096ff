package nl.entree.directory.hsds;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.web.QueryParams;

/** The Open Referral HSDS 3.1 API. Directory facts are public: no token is needed to read them. */
@Path("/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.1 read API; public")
public class HsdsResource {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;

    private final HsdsReader reader;

    public HsdsResource(HsdsReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "About this API: HSDS version, profile, OpenAPI document, and where the data came from")
    @APIResponse(responseCode = "200", description = "API information")
    public ApiInfo info() {
        return reader.info();
    }

    @GET
    @Path("services")
    @Operation(summary = "Services, a page at a time")
    @APIResponse(responseCode = "200", description = "An HSDS page of services")
    @APIResponse(responseCode = "400", description = "A query parameter is not valid; it is named")
    public Page<Service> services(@Parameter(description = "words in the name or description") @QueryParam("search") String search,
            @Parameter(description = "page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1–500 (default 50)") @QueryParam("per_page") String perPage,
            @QueryParam("organization_id") String organizationId,
            @Parameter(description = "only records changed at or after this time, e.g. 2026-01-01T00:00:00Z")
            @QueryParam("modified_after") String modifiedAfter) {
        return reader.services(query(search, page, perPage, organizationId, modifiedAfter));
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One service with its organization, its service_at_locations and its history (metadata)")
    @APIResponse(responseCode = "200", description = "The service; its ETag is the version a correction or "
            + "retirement names in If-Match", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Service.class)))
    @APIResponse(responseCode = "404", description = "No such service")
    public Response service(@PathParam("id") String id) {
        Versioned<Service> read = reader.service(id);
        return Response.ok(read.document()).tag(read.etag()).build();
    }

    @GET
    @Path("organizations")
    @Operation(summary = "Organizations, a page at a time")
    @APIResponse(responseCode = "200", description = "An HSDS page of organizations")
    @APIResponse(responseCode = "400", description = "A query parameter is not valid; it is named")
    public Page<Organization> organizations(@QueryParam("search") String search, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage, @QueryParam("organization_id") String organizationId,
            @QueryParam("modified_after") String modifiedAfter) {
        return reader.organizations(query(search, page, perPage, organizationId, modifiedAfter));
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "One organization with its services, locations and history")
    @APIResponse(responseCode = "200", description = "The organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    public Organization organization(@PathParam("id") String id) {
        return reader.organization(id);
    }

    @GET
    @Path("service_at_locations")
    @Operation(summary = "Services as offered at a location (the regional centres), a page at a time")
    @APIResponse(responseCode = "200", description = "An HSDS page of service_at_locations")
    @APIResponse(responseCode = "400", description = "A query parameter is not valid; it is named")
    public Page<ServiceAtLocation> serviceAtLocations(@QueryParam("search") String search,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("organization_id") String organizationId,
            @QueryParam("modified_after") String modifiedAfter) {
        return reader.serviceAtLocations(query(search, page, perPage, organizationId, modifiedAfter));
    }

    @GET
    @Path("service_at_locations/{id}")
    @Operation(summary = "One service_at_location with its location and history")
    @APIResponse(responseCode = "200", description = "The service_at_location; its ETag is the version a "
            + "correction names in If-Match", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceAtLocation.class)))
    @APIResponse(responseCode = "404", description = "No such service_at_location")
    public Response serviceAtLocation(@PathParam("id") String id) {
        Versioned<ServiceAtLocation> read = reader.serviceAtLocation(id);
        return Response.ok(read.document()).tag(read.etag()).build();
    }

    private static HsdsReader.Query query(String search, String page, String perPage, String organizationId,
            String modifiedAfter) {
        if (search != null && search.length() > 200) {
            throw ProblemException.badRequest("search", "must be at most 200 characters");
        }
        return new HsdsReader.Query(search, QueryParams.intInRange("page", page, 1, 1, 1_000_000),
                QueryParams.intInRange("per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
                QueryParams.optionalUuid("organization_id", organizationId),
                QueryParams.optionalInstant("modified_after", modifiedAfter));
    }
}
