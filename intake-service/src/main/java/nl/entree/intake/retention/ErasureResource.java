package nl.entree.intake.retention;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;

/** Erasure on request (GDPR Art. 17). The reference travels in the body, never in the URL. */
@Path("/api/erasures")
@Tag(name = "Erasure")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    @Schema(name = "ErasureRequest")
    public record ErasureRequest(
            @Schema(description = "The contact's reference, such as GE-2026-000123, in capitals or not")
            @NotBlank(message = "is required") @Size(max = 24)
            @Pattern(regexp = "\\s*[Gg][Ee]-\\d{4}-\\d{6,9}\\s*",
                    message = "must be a reference such as GE-2026-000123")
            String reference) {
    }

    @Schema(name = "Erasure", description = "What was erased: ids only, nothing of the content")
    public record Erasure(UUID contactId, String reference, Instant erasedAt,
            @Schema(description = "triage-service forgets the same of the case once the outbox delivers it")
            boolean caseErasureQueued) {
    }

    private final ErasureService erasures;

    public ErasureResource(ErasureService erasures) {
        this.erasures = erasures;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Erase one person's contact and case by reference",
            description = "Contact details, summary, client code and incident date go at once; triage-service "
                    + "erases the case's free text and identifying fields through the outbox. An audit record "
                    + "says that the erasure happened, and nothing of what was erased.")
    @APIResponse(responseCode = "200", description = "Erased")
    @APIResponse(responseCode = "400", description = "No reference given, or not one such as GE-2026-000123")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No contact has this reference")
    public Erasure erase(@Valid @NotNull ErasureRequest request) {
        // Typed as the admin found it: triage and web match references ignoring case, and intake writes capitals.
        return erasures.erase(request.reference().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("A contact with this reference"));
    }
}
