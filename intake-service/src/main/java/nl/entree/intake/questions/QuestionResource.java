package nl.entree.intake.questions;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.FrontDoor;
import nl.entree.common.security.Roles;
import nl.entree.common.web.IdempotencyKey;
import nl.entree.common.web.QueryParams;

@Path("/api/questions")
@Tag(name = "Questions", description = "Anonymous questions from the public front door, answered by casemanagers")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    private final QuestionService questions;
    private final QuestionsConfig config;

    public QuestionResource(QuestionService questions, QuestionsConfig config) {
        this.questions = questions;
        this.config = config;
    }

    @POST
    @FrontDoor
    @RolesAllowed(Roles.PUBLIC)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question anonymously; only the public front door (help) may")
    @APIResponse(responseCode = "201", description = "Stored; the pickup code is in this answer only",
            content = @Content(schema = @Schema(implementation = QuestionReceipt.class)))
    @APIResponse(responseCode = "400", description = "The question, an answer or the Idempotency-Key is not valid; "
            + "the field is named")
    @APIResponse(responseCode = "409", description = "The same form was sent longer than sent-again-within ago: no "
            + "new code; the code given then still reads the answer")
    public Response ask(
            @Parameter(in = ParameterIn.HEADER, description = "One value per question form, such as a UUID: 1 to "
                    + QuestionService.MAX_FORM_KEY + " visible ASCII characters. The same form sent again with the "
                    + "same question stores nothing new: within sent-again-within (2 minutes) it answers with a "
                    + "second pickup code for it, the first one still working; later with 409",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = QuestionService.MAX_FORM_KEY))
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull QuestionRequest request) {
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(questions.ask(request, IdempotencyKey.optional(idempotencyKey))).build();
    }

    @POST
    @Path("/pickup")
    @FrontDoor
    @RolesAllowed(Roles.PUBLIC)
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Read a question and its answer by pickup code; only the public front door (help) may",
            description = "Takes the same time whether the code fits or not, and a wrong code gives no hint.")
    @APIResponse(responseCode = "200", description = "The question, and its answer once there is one",
            content = @Content(schema = @Schema(implementation = PickedUp.class)))
    @APIResponse(responseCode = "404", description = "No question has this code (any more)")
    @APIResponse(responseCode = "500", description = "Question unreadable: the question with this code or its answer "
            + "cannot be decrypted (type urn:entree:problem:question-unreadable). Trying again will not help; the "
            + "answer says nothing more of the question, not even whether it was answered")
    public PickedUp pickUp(@Valid @NotNull PickupRequest request) {
        return ConstantTime.atLeast(config.pickupTime(), () -> questions.pickUp(request.code())
                .orElseThrow(() -> ProblemException.notFound("A question with this code")));
    }

    @GET
    @RolesAllowed(Roles.CASEMANAGER)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Questions routed to the caller's organisation, without their texts")
    @APIResponse(responseCode = "200", description = "One page: open questions by respond-by, answered ones newest "
            + "first; one whose texts cannot be decrypted is in it as well, marked unreadable",
            content = @Content(schema = @Schema(implementation = QuestionPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid; the parameter is named")
    public QuestionPage list(
            @Parameter(description = "OPEN (default) or ANSWERED") @QueryParam("state") String state,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        QuestionService.State chosen = QueryParams.optionalEnum("state", state, QuestionService.State.class);
        return questions.list(chosen == null ? QuestionService.State.OPEN : chosen,
                QueryParams.intInRange("page", page, 0, 0, 100_000),
                QueryParams.intInRange("size", size, 20, 1, 100));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.CASEMANAGER)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "One question with its text, for a casemanager of the organisation that leads its case")
    @APIResponse(responseCode = "200", description = "The question",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "404", description = "No such question, or not one the caller's organisation leads")
    @APIResponse(responseCode = "500", description = "Question unreadable: the question or its answer cannot be "
            + "decrypted (type urn:entree:problem:question-unreadable); the list shows it with unreadable: true")
    public QuestionView get(@PathParam("id") UUID id) {
        return questions.find(id)
                .orElseThrow(() -> ProblemException.notFound("The question"));
    }

    @PUT
    @Path("/{id}/answer")
    @RolesAllowed(Roles.CASEMANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Answer a question; the answer is final")
    @APIResponse(responseCode = "200", description = "Answered",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "400", description = "The answer is empty or too long")
    @APIResponse(responseCode = "404", description = "No such question, or not one the caller's organisation leads")
    @APIResponse(responseCode = "409", description = "The question has been answered already")
    @APIResponse(responseCode = "500", description = "Question unreadable: the question cannot be decrypted (type "
            + "urn:entree:problem:question-unreadable), so it is not answered")
    public QuestionView answer(@PathParam("id") UUID id, @Valid @NotNull AnswerRequest request) {
        return questions.answer(id, request)
                .orElseThrow(() -> ProblemException.notFound("The question"));
    }
}
