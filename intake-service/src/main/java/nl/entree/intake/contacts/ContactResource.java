package nl.entree.intake.contacts;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.web.IdempotencyKey;
import nl.entree.common.web.QueryParams;

@Path("/api/contacts")
@Tag(name = "Contacts", description = "First contacts at the shared front door")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    public static final String REPLAYED = "Idempotent-Replayed";

    private final ContactService contacts;
    private final ContactSearch contactSearch;

    public ContactResource(ContactService contacts, ContactSearch contactSearch) {
        this.contacts = contacts;
        this.contactSearch = contactSearch;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "Register a first contact; the token's organisation registers it")
    @APIResponse(responseCode = "201", description = "Registered (or replayed: header Idempotent-Replayed: true)",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request or missing Idempotency-Key; the field is named")
    @APIResponse(responseCode = "403", description = "Not a casemanager with an organisation")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body")
    @APIResponse(responseCode = "503", description = "The database is unavailable")
    public Response register(
            @Parameter(in = ParameterIn.HEADER, required = true,
                    description = "A unique value per contact (e.g. a UUID); repeat it to retry safely")
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull ContactRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ProblemException.badRequest(IdempotencyKey.HEADER,
                    "is required: a unique value per contact, such as a UUID");
        }
        Registration registration = contacts.register(request, IdempotencyKey.optional(idempotencyKey));
        if (registration.outcome() == Registration.Outcome.KEY_REUSED) {
            throw ProblemException.unprocessable(
                    "This Idempotency-Key was used before with a different request. Use a new key for a new contact.");
        }
        ContactView view = registration.contact();
        Response.ResponseBuilder response = Response.created(URI.create("/api/contacts/" + view.id()))
                .header("Cache-Control", "no-store")
                .entity(view);
        if (registration.outcome() == Registration.Outcome.REPLAYED) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "One contact, as far as the caller may see it")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such contact, or not one the caller may see")
    @APIResponse(responseCode = "500", description = "Contact details unreadable: the caller may see the contact's "
            + "details, but they cannot be decrypted (type urn:entree:problem:contact-details-unreadable); the list "
            + "shows the contact with detailsUnreadable: true")
    public ContactView get(@PathParam("id") UUID id) {
        return contactSearch.find(id).orElseThrow(() -> ProblemException.notFound("The contact"));
    }

    @GET
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Contacts the caller may see, newest first",
            description = "To find contacts by client code, use POST /api/contacts/search: a code never goes in a URL.")
    @APIResponse(responseCode = "200", description = "One page of contacts",
            content = @Content(schema = @Schema(implementation = ContactPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid, or a client code was sent in the URL; "
            + "the parameter is named")
    public ContactPage search(
            @Parameter(description = "RECEIVED, ROUTED or DELIVERY_FAILED") @QueryParam("status") String status,
            @Parameter(description = "Received on or after this date (YYYY-MM-DD, Dutch time)") @QueryParam("from") String from,
            @Parameter(description = "Received on or before this date (YYYY-MM-DD, Dutch time)") @QueryParam("to") String to,
            @Parameter(description = "Refused: send a client code to POST /api/contacts/search", hidden = true)
            @QueryParam("clientCode") String clientCode,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        if (clientCode != null) {
            // Refused rather than served: a URL ends up in proxy and access logs, and a client code is a pseudonym.
            throw ProblemException.badRequest("clientCode",
                    "never goes in a URL: send it in the body of POST /api/contacts/search");
        }
        return contactSearch.search(filters(status, from, to, null, null, page, size));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Contacts the caller may see, newest first, with the filters in the body",
            description = "The way to search by client code: in the body it stays out of every URL and log.")
    @APIResponse(responseCode = "200", description = "One page of contacts",
            content = @Content(schema = @Schema(implementation = ContactPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid; the field is named")
    public ContactPage searchInBody(@NotNull ContactSearchRequest request) {
        if (request.clientCode() != null && request.clientCode().strip().length() > 64) {
            throw ProblemException.badRequest("clientCode", "must be at most 64 characters");
        }
        return contactSearch.search(filters(request.status(), request.from(), request.to(),
                blank(request.clientCode()) ? null : request.clientCode().trim(), request.clientCodeIssuer(),
                request.page() == null ? null : request.page().toString(),
                request.size() == null ? null : request.size().toString()));
    }

    private static ContactSearch.Search filters(String status, String from, String to, String clientCode,
            String clientCodeIssuer, String page, String size) {
        ContactSearch.Search filters = new ContactSearch.Search(
                QueryParams.optionalEnum("status", status, ContactStatus.class),
                QueryParams.optionalDate("from", from),
                QueryParams.optionalDate("to", to),
                clientCode,
                QueryParams.optionalEnum("clientCodeIssuer", clientCodeIssuer, Organisation.class),
                QueryParams.intInRange("page", page, 0, 0, 100_000),
                QueryParams.intInRange("size", size, 20, 1, 100));
        if (filters.clientCodeIssuer() != null && filters.clientCode() == null) {
            throw ProblemException.badRequest("clientCodeIssuer", "only with a clientCode");
        }
        if (filters.from() != null && filters.to() != null && filters.to().isBefore(filters.from())) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        return filters;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
