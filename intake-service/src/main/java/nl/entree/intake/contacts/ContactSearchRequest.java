package nl.entree.intake.contacts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The filters of a contact search, sent in a body so that a client code never appears in a URL. */
@Schema(name = "ContactSearchRequest")
public record ContactSearchRequest(
        @Schema(description = "RECEIVED, ROUTED or DELIVERY_FAILED") String status,
        @Schema(description = "Received on or after this date (YYYY-MM-DD, Dutch time)") String from,
        @Schema(description = "Received on or before this date (YYYY-MM-DD, Dutch time)") String to,
        @Schema(description = "Contacts of your own organisation with this client code (casemanagers only)")
        String clientCode,
        @Schema(description = "Who agreed the client code with the client, as at registration; "
                + "default: your own organisation") String clientCodeIssuer,
        @Schema(description = "Page number, from 0") Integer page,
        @Schema(description = "Page size, 1 to 100 (default 20)") Integer size) {
}
