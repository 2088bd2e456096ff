package nl.entree.web.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.security.Roles;
import nl.entree.web.backend.DirectoryClient;
import nl.entree.web.backend.ServiceAtLocation;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.pages.Pages;

/**
 * An editor corrects a regional centre on the sociale kaart: its own phones and weekly hours, with the source and the
 * date they checked them. directory-service validates, audits, and keeps every changed field in the history shown
 * below the form.
 */
@Path("/sociale-kaart/centra/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class CorrectionPages {

    static final List<String> DAYS = List.of("MO,TU,WE,TH,FR", "MO,TU,WE,TH,FR,SA,SU", "SA,SU", "MO", "TU", "WE", "TH",
            "FR", "SA", "SU");

    private final DirectoryClient directory;
    private final Pages pages;
    private final Template page;
    private final Clock clock;

    public CorrectionPages(@RestClient DirectoryClient directory, Pages pages,
            @Location("directory/correction.html") Template page, Clock clock) {
        this.directory = directory;
        this.pages = pages;
        this.page = page;
        this.clock = clock;
    }

    /** A record as read, and its version (ETag); the version is null when the record could not be read. */
    private record Read(ServiceAnswer<ServiceAtLocation> record, String version) {

        CorrectionForm form() {
            return record.ok() ? CorrectionForm.of(record.value(), version) : null;
        }
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Read read = load(id);
        return draw(id, read.record(), read.form(), ServiceRefusal.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        CorrectionForm form = CorrectionForm.of(fields);
        ServiceAnswer<ServiceAtLocation> record = load(id).record();
        if (!record.ok()) {
            return Response.status(503).entity(draw(id, record, form, ServiceRefusal.none(), null)).build();
        }
        ServiceAtLocation corrected;
        try {
            corrected = form.apply(record.value());
        } catch (DateTimeParseException e) {
            // Only a hand-made request gets here: the date field sends a date or nothing.
            return Response.status(400).entity(draw(id, record, form, ServiceRefusal.onField("provenance.verified_on"),
                    null)).build();
        }
        try {
            directory.correctServiceAtLocation(id.toString(), form.basedOn(), corrected);
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            if (rejection.status() == 412) {
                // A colleague corrected the centre after this form was drawn. Sending it again would put back what
                // they changed, so the form now shows the record as it is, with their change in the history below.
                Read now = load(id);
                return Response.status(409).entity(draw(id, now.record(), now.form(), rejection, null)).build();
            }
            return Response.status(rejection.unavailable() ? 503 : 400)
                    .entity(draw(id, load(id).record(), form, onThisForm(rejection), null)).build();
        }
        return Pages.redirect("/sociale-kaart/centra/" + id + "?done=corrected").build();
    }

    private Read load(UUID id) {
        ServiceAnswer<RestResponse<ServiceAtLocation>> answer = ServiceAnswer.load("directory",
                () -> directory.serviceAtLocation(id.toString())).requireFound();
        return answer.ok()
                ? new Read(new ServiceAnswer<>(answer.value().getEntity(), null),
                        answer.value().getHeaderString(HttpHeaders.ETAG))
                : new Read(new ServiceAnswer<>(null, answer.failure()), null);
    }

    private TemplateInstance draw(UUID id, ServiceAnswer<ServiceAtLocation> record, CorrectionForm form,
            ServiceRefusal rejection, String done) {
        List<String> days = new ArrayList<>(DAYS);
        if (form != null) {
            form.hours().stream().map(CorrectionForm.HoursRow::days)
                    .filter(d -> d != null && !days.contains(d)).forEach(days::add);
        }
        return pages.of(page)
                .data("id", id.toString())
                .data("record", record)
                .data("form", form)
                .data("days", days)
                .data("rejection", rejection)
                .data("done", done)
                .data("today", LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).toString());
    }

    /**
     * The directory names a fault by its path in the record ({@code body.provenance.source},
     * {@code body.phones[0].number}); ServiceRefusal already drops the index. Without the {@code body.} it is the field's
     * name on this form.
     */
    private static ServiceRefusal onThisForm(ServiceRefusal rejection) {
        Map<String, String> fields = new LinkedHashMap<>();
        rejection.fields().forEach((field, message) -> fields.put(field.replaceFirst("^body\\.", ""), message));
        return new ServiceRefusal(rejection.status(), rejection.detail(), fields);
    }
}
