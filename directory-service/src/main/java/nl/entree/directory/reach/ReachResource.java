package nl.entree.directory.reach;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import nl.entree.common.security.FrontDoor;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;

/**
 * What Entree's own screens and triage ask: where to reach an organisation for a region, and the sociale kaart
 * search. Like every /api endpoint these need a token (any role, and the public front door's too); the facts
 * themselves are public through HSDS.
 */
@Path("/api/directory")
@Authenticated
@FrontDoor
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory questions")
public class ReachResource {

    private final DirectoryQuestions questions;
    private final Clock clock;

    public ReachResource(DirectoryQuestions questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    @GET
    @Path("where")
    @Operation(summary = "How to reach an organisation for a safety region: its regional centre first, then the "
            + "national lines; for each, open at that moment or when it next opens (Europe/Amsterdam)")
    @APIResponse(responseCode = "200", description = "The options, regional first")
    @APIResponse(responseCode = "400", description = "A parameter is missing or not valid; it is named")
    public Where where(@Parameter(description = "CSG, VT, SHN, HELPWANTED, CVSN or FIER") @QueryParam("organisation") String organisation,
            @Parameter(description = "VR01–VR25") @QueryParam("region") String region,
            @Parameter(description = "the moment, with offset; now when left out") @QueryParam("at") String at) {
        return questions.where(QueryParams.requiredEnum("organisation", organisation, Organisation.class),
                QueryParams.requiredEnum("region", region, Region.class), moment(at));
    }

    @GET
    @Path("search")
    @Operation(summary = "The sociale kaart: services by region, need, channel and whether they are open now")
    @APIResponse(responseCode = "200", description = "Matching services, by organisation, regional first")
    @APIResponse(responseCode = "400", description = "A parameter is not valid; it is named")
    public List<ReachOption> search(@QueryParam("region") String region, @QueryParam("need") String need,
            @Parameter(description = "true: the options whose open_now is true (within their hours, and way_in: a "
                    + "chat with its address, a walk-in with a known address, a phone line with a number); false: "
                    + "the rest, so also a chat without an address in its hours, whose openness still says OPEN")
            @QueryParam("openNow") String openNow,
            @QueryParam("channel") String channel,
            @Parameter(description = "the moment 'open now' refers to; now when left out") @QueryParam("at") String at) {
        return questions.search(QueryParams.optionalEnum("region", region, Region.class),
                QueryParams.optionalEnum("need", need, Need.class),
                QueryParams.optionalBoolean("openNow", openNow),
                QueryParams.optionalEnum("channel", channel, Channel.class), moment(at));
    }

    private Instant moment(String at) {
        Instant parsed = QueryParams.optionalInstant("at", at);
        return parsed == null ? Instant.now(clock) : parsed;
    }
}
