package nl.entree.directory.editing;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.directory.hsds.Directory;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.directory.hsds.Versioned;

/** Corrections to the sociale kaart, by an admin or an editor; each is audited and leaves HSDS metadata. */
@Path("/api/directory")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory editing")
public class EditingResource {

    private static final String IF_MATCH = "If-Match names the ETag the record was read with; a record changed since "
            + "is refused with 412 instead of being overwritten. Without If-Match the change is stored as sent.";

    private final DirectoryEditor editor;
    private final Caller caller;

    public EditingResource(DirectoryEditor editor, Caller caller) {
        this.editor = editor;
        this.caller = caller;
    }

    /** The body of a retirement: the new status. */
    public record Retirement(String status) {
    }

    @POST
    @Path("services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a service; provenance.source, provenance.verified and provenance.verified_on are required")
    @APIResponse(responseCode = "201", description = "Created; Location names it in the HSDS API")
    @APIResponse(responseCode = "400", description = "Not a valid service; every fault is named")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@NotNull Service service) {
        Service created = editor.createService(service, actor());
        return Response.created(URI.create("/services/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("services/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a service: the whole record, with its source and the date it was checked; "
            + "each changed field is kept in its history",
            description = IF_MATCH)
    @APIResponse(responseCode = "200", description = "The corrected service, with its new ETag")
    @APIResponse(responseCode = "400", description = "Not a valid service; every fault is named")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull Service service) {
        return tagged(editor.updateService(id, service, ifMatch, actor()));
    }

    @POST
    @Path("services/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a service inactive, defunct or temporarily closed; it stays, with its history",
            description = IF_MATCH)
    @APIResponse(responseCode = "200", description = "The retired service, with its new ETag")
    @APIResponse(responseCode = "400", description = "Not one of those statuses")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull Retirement retirement) {
        return tagged(editor.retireService(id, retirement.status(), ifMatch, actor()));
    }

    @PUT
    @Path("service_at_locations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a regional centre's offer: its phones, hours and regions, with source and date",
            description = IF_MATCH)
    @APIResponse(responseCode = "200", description = "The corrected service_at_location, with its new ETag")
    @APIResponse(responseCode = "400", description = "Not valid; every fault is named")
    @APIResponse(responseCode = "404", description = "No such service_at_location")
    @APIResponse(responseCode = "412", description = "Corrected by someone else since it was read")
    public Response updateAtLocation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull ServiceAtLocation sal) {
        return tagged(editor.updateServiceAtLocation(id, sal, ifMatch, actor()));
    }

    private static Response tagged(Versioned<?> changed) {
        return Response.ok(changed.document()).tag(changed.etag()).build();
    }

    @GET
    @Path("export")
    @Operation(summary = "The whole directory as one HSDS JSON document, to keep or to import elsewhere")
    @APIResponse(responseCode = "200", description = "The directory")
    public Directory export() {
        return editor.export();
    }

    @PUT
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the whole directory with an HSDS JSON document (as exported); all or nothing")
    @APIResponse(responseCode = "200", description = "Imported; the counts of each kind of record")
    @APIResponse(responseCode = "400", description = "Not valid; every fault is named by its path; nothing changed")
    public DirectoryEditor.Imported importAll(@NotNull Directory directory) {
        return editor.importAll(directory, actor());
    }

    private String actor() {
        return caller.subject();
    }
}
