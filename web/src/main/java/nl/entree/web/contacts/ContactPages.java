package nl.entree.web.contacts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Municipalities;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.web.backend.IntakeClient;
import nl.entree.web.backend.IntakeContact;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.backend.TriageClient;
import nl.entree.web.directory.HowToReach;
import nl.entree.web.directory.Reach;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Viewer;

/** Screen 1: a casemanager registers a first contact, with a live routing preview. */
@Path("/contacts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEMANAGER)
public class ContactPages {

    /**
     * How long to wait before each look at whether triage has routed the new contact. Each look is a read of the
     * contact that intake audits and that decrypts its details, so there are few of them: routing usually takes
     * well under the first wait, and after about 3 s the saved page says it is still under way.
     */
    private static final List<Duration> ROUTING_LOOKS = List.of(Duration.ofMillis(250), Duration.ofMillis(750),
            Duration.ofSeconds(2));

    /**
     * The header of the preview that says when the session now ends (seconds since 1970): signed in by the identity
     * provider, quarkus-oidc may have renewed the tokens on the way in, and the open page's script would otherwise
     * count down to the end it was drawn with, and keep a contact from being saved in a session that goes on.
     */
    public static final String SESSION_EXPIRES = "Entree-Session-Expires";

    private final IntakeClient intake;
    private final TriageClient triage;
    private final HowToReach howToReach;
    private final Pages pages;
    private final Template form;
    private final Template preview;
    private final Template saved;
    private final Clock clock;
    private final Viewer viewer;

    public ContactPages(@RestClient IntakeClient intake, @RestClient TriageClient triage, HowToReach howToReach,
            Pages pages, Clock clock, Viewer viewer, @Location("contacts/new.html") Template form,
            @Location("contacts/preview.html") Template preview,
            @Location("contacts/saved.html") Template saved) {
        this.clock = clock;
        this.viewer = viewer;
        this.intake = intake;
        this.triage = triage;
        this.howToReach = howToReach;
        this.pages = pages;
        this.form = form;
        this.preview = preview;
        this.saved = saved;
    }

    @GET
    @Path("/new")
    public TemplateInstance newContact() {
        MultivaluedMap<String, String> empty = new MultivaluedHashMap<>();
        empty.putSingle("anonymous", "on");
        return form(new ContactForm(empty), null, UUID.randomUUID().toString());
    }

    /** The routing preview as an HTML fragment for the page's live region. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(MultivaluedMap<String, String> fields) {
        return Response.ok(previewFragment(new ContactForm(fields)))
                .header(SESSION_EXPIRES, viewer.expiresAt()).build();
    }

    private TemplateInstance previewFragment(ContactForm contact) {
        TemplateInstance fragment = pages.of(preview);
        if (!contact.hasIncidentType()) {
            return fragment.data("empty", true).data("danger", contact.checked("immediateDanger"))
                    .data("decision", null);
        }
        try {
            TriageDecision decision = triage.evaluate(contact.previewAssessment(Instant.now(clock)));
            return fragment.data("empty", false).data("decision", new ServiceAnswer<>(decision, null))
                    .data("rejection", ServiceRefusal.none());
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            ServiceAnswer<TriageDecision> failed = new ServiceAnswer<>(null, rejection.unavailable()
                    || rejection.notAllowed() ? ServiceAnswer.Failure.UNAVAILABLE : ServiceAnswer.Failure.NOT_FOUND);
            return fragment.data("empty", false).data("decision", failed).data("rejection", rejection);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        ContactForm contact = new ContactForm(fields);
        String key = contact.value("idempotencyKey");
        String idempotencyKey = key == null ? UUID.randomUUID().toString() : key;
        Map<String, String> disagreements = new LinkedHashMap<>();
        if (contact.timeDisagrees()) {
            disagreements.put("incidentDate", "the date and the answer disagree");
        }
        if (contact.municipalityDisagrees()) {
            disagreements.put("municipality", "not a municipality, or not in the region chosen");
        }
        if (!disagreements.isEmpty()) {
            return Response.status(400)
                    .entity(form(contact, new ServiceRefusal(400, null, disagreements), idempotencyKey))
                    .build();
        }
        IntakeContact created;
        try {
            created = intake.register(idempotencyKey, contact.contact());
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            // intake's 422 means the first sending with this key was saved: no field is wrong, so no 400.
            int status = rejection.unavailable() ? 503 : rejection.status() == 422 ? 409 : 400;
            return Response.status(status).entity(form(contact, rejection, idempotencyKey)).build();
        }
        String id = String.valueOf(created.id());
        awaitRouting(id, created);
        return Pages.redirect("/contacts/" + id).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance saved(@PathParam("id") UUID id) {
        ServiceAnswer<IntakeContact> contact = ServiceAnswer.load("intake", () -> intake.contact(id.toString()))
                .requireFound();
        return pages.of(saved).data("contact", contact).data("id", id.toString())
                .data("reach", contact.ok() ? reach(contact.value()) : null);
    }

    /** The lead triage chose and the region the casemanager entered. */
    private ServiceAnswer<Reach> reach(IntakeContact contact) {
        return howToReach.forContact(contact.routing() == null ? null : contact.routing().leadOrganisation(),
                contact.region());
    }

    /** Routing takes a moment (intake hands the contact to triage through its outbox); show it when it is quick. */
    private void awaitRouting(String id, IntakeContact created) {
        String status = created.status();
        for (Duration wait : ROUTING_LOOKS) {
            if ("ROUTED".equals(status)) {
                return;
            }
            try {
                Thread.sleep(wait.toMillis());
                status = intake.contact(id).status();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                return;
            }
        }
    }

    private TemplateInstance form(ContactForm contact, ServiceRefusal rejection, String idempotencyKey) {
        return pages.of(form)
                .data("form", contact)
                .data("rejection", rejection == null ? ServiceRefusal.none() : rejection)
                .data("idempotencyKey", idempotencyKey)
                // A question on this channel comes only from the public front door; intake refuses it from anyone else.
                .data("channels", names(Channel.values()).stream()
                        .filter(c -> !c.equals(Channel.WEB_QUESTION.name())).toList())
                .data("callerRoles", names(CallerRole.values()))
                .data("incidentTypes", names(IncidentType.values()))
                .data("settings", names(Setting.values()))
                .data("ages", names(VictimAgeGroup.values()))
                .data("regions", names(Region.values()))
                .data("municipalities", Municipalities.all())
                .data("needs", names(Need.values()))
                .data("prompts", names(ContactPrompt.values()))
                .data("organisations", names(Organisation.values()));
    }

    static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
