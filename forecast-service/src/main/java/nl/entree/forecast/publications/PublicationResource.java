package nl.entree.forecast.publications;

import jakarta.annotation.security.RolesAllowed;
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

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.forecast.language.ReaderLanguage;
import nl.entree.forecast.publications.PublicationApi.Publication;
import nl.entree.forecast.series.PublishedCounts;

/**
 * The yearly publication as JSON, CSV or a printable HTML report, chosen by {@code Accept}; JSON when the client
 * takes anything (the {@code qs} weights).
 */
@Path("/api/publications/{year}")
@Tag(name = "Publications", description = "The yearly figures per organisation and region, for ministries")
public class PublicationResource {

    static final String CSV = "text/csv";

    private final PublicationService publications;
    private final PublishedCounts published;
    private final Caller caller;

    public PublicationResource(PublicationService publications, PublishedCounts published, Caller caller) {
        this.publications = publications;
        this.published = published;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @RolesAllowed({Roles.MINISTRY, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "One complete year per organisation and safety region: contacts, growth, acute share, "
            + "hours, FTE and costs, beside the organisations' own published totals",
            description = "Accept: text/csv gives one table; text/html a printable report with charts (lang=en or "
                    + "nl). A coordinator bound to a region is refused: the publication is national.")
    @APIResponse(responseCode = "200", description = "the publication",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Publication.class)),
                    @Content(mediaType = CSV, schema = @Schema(implementation = String.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "400", description = "year is not a complete year")
    public Publication json(@PathParam("year") int year) {
        return publication(year);
    }

    @GET
    @Produces(CSV + ";qs=0.5")
    @RolesAllowed({Roles.MINISTRY, Roles.COORDINATOR, Roles.ADMIN})
    public Response csv(@PathParam("year") int year) {
        Publication p = publication(year);
        return Response.ok(PublicationCsv.render(p), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"entree-" + p.year() + ".csv\"").build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";qs=0.5")
    @RolesAllowed({Roles.MINISTRY, Roles.COORDINATOR, Roles.ADMIN})
    public Response html(@PathParam("year") int year,
            @Parameter(description = "The report's language: en (default) or nl") @QueryParam("lang") String lang) {
        PublicationReport.Words words = switch (ReaderLanguage.of(lang)) {
            case EN -> PublicationReport.Words.EN;
            case NL -> PublicationReport.Words.NL;
        };
        return Response.ok(PublicationReport.render(publication(year), words), MediaType.TEXT_HTML + "; charset=UTF-8")
                .build();
    }

    private Publication publication(int year) {
        caller.requireNational("The yearly publication is national");
        return publications.publication(year, published.hiddenFromCaller());
    }
}
