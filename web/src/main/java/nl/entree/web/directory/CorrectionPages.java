package nl.entree.web.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.ProcessingException;
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
import nl.entree.common.time.DutchTime;
import nl.entree.web.backend.DirectoryClient;
import nl.entree.web.backend.HsdsPage;
import nl.entree.web.backend.HsdsService;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceAtLocation;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.pages.Pages;

/**
 * An editor corrects the sociale kaart: a regional centre's own phones and weekly hours ({@code centra}), or those of
 * a service such as a national line or a chat and whether it is in use ({@code diensten}), with the source and the
 * date they checked them. {@code diensten} alone lists every service, also those not in use.
 * directory-service validates, audits, and keeps every changed field in the history shown below the form.
 */
@Path("/sociale-kaart")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class CorrectionPages {

    static final List<String> DAYS = List.of("MO,TU,WE,TH,FR", "MO,TU,WE,TH,FR,SA,SU", "SA,SU", "MO", "TU", "WE", "TH",
            "FR", "SA", "SU");

    /**
     * A kind of record this screen corrects. The two differ only in where they are read and sent, and in how a
     * correction is put into the whole record; {@code name} ("centre" or "service") chooses the template's words and
     * {@code path} is the screen's own address below /sociale-kaart.
     */
    private record Kind<T>(String name, String path, Function<String, RestResponse<T>> reader, Sender<T> sender,
            Function<T, CorrectionSubject> subject, BiFunction<T, CorrectionForm.Correction, T> corrector) {

        CorrectionSubject subjectOf(T record) {
            return subject.apply(record);
        }
    }

    @FunctionalInterface
    private interface Sender<T> {
        void send(String id, String basedOn, T corrected);
    }

    /** The most the directory gives in one page of a list. */
    private static final int PER_PAGE = 500;

    private final DirectoryClient directory;
    private final Kind<ServiceAtLocation> centres;
    private final Kind<HsdsService> services;
    private final Pages pages;
    private final Template page;
    private final Template list;
    private final Clock clock;

    public CorrectionPages(@RestClient DirectoryClient directory, Pages pages,
            @Location("directory/correction.html") Template page, @Location("directory/services.html") Template list,
            Clock clock) {
        this.directory = directory;
        this.pages = pages;
        this.page = page;
        this.list = list;
        this.clock = clock;
        this.centres = new Kind<>("centre", "centra", directory::serviceAtLocation,
                directory::correctServiceAtLocation, CorrectionSubject::of,
                (stored, c) -> stored.corrected(c.phones(), c.schedules(), c.provenance()));
        this.services = new Kind<>("service", "diensten", directory::service, directory::correctService,
                CorrectionSubject::of,
                (stored, c) -> stored.corrected(c.status(), c.phones(), c.schedules(), c.provenance()));
    }

    /** A record as read, and its version (ETag); the version is null when the record could not be read. */
    private record Read<T>(ServiceAnswer<T> record, String version) {
    }

    @GET
    @Path("centra/{id}")
    public TemplateInstance centreForm(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return form(centres, id, done);
    }

    @POST
    @Path("centra/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctCentre(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        return correct(centres, id, fields);
    }

    /** A service as the list of all services shows it, with a link to its correction screen. */
    public record ServiceRow(String id, String name, String organisation, String channel, String status,
            LocalDate verifiedOn) {
    }

    /**
     * Every service, also those that are not active: the sociale kaart shows only active ones, so this is where an
     * editor finds a service that was closed for the time being, or retired by mistake, and opens it again.
     */
    @GET
    @Path("diensten")
    public TemplateInstance serviceList() {
        ServiceAnswer<List<ServiceRow>> rows = ServiceAnswer.load("directory", this::allServices);
        return pages.of(list)
                .data("rows", rows)
                .data("notActive", rows.ok() ? rows.value().stream().filter(r -> !"active".equals(r.status()))
                        .toList() : List.<ServiceRow>of())
                .data("active", rows.ok() ? rows.value().stream().filter(r -> "active".equals(r.status())).toList()
                        : List.<ServiceRow>of());
    }

    private List<ServiceRow> allServices() {
        Map<String, String> organisations = new HashMap<>();
        for (HsdsService.Organization o : everyPage(number -> directory.organizations(number, PER_PAGE))) {
            organisations.put(o.id(), o.name());
        }
        List<ServiceRow> rows = new ArrayList<>();
        for (HsdsService s : everyPage(number -> directory.services(number, PER_PAGE))) {
            rows.add(new ServiceRow(s.id(), s.name(), organisations.get(s.organization_id()), s.channel(), s.status(),
                    s.provenance() == null ? null : s.provenance().verified_on()));
        }
        rows.sort(Comparator.comparing(ServiceRow::organisation, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ServiceRow::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /**
     * An HSDS list read to its last page.
     *
     * @throws ProcessingException for a page without contents: not an answer web can read, so the directory is
     *         shown as unavailable rather than as having nothing
     */
    private static <T> List<T> everyPage(IntFunction<HsdsPage<T>> page) {
        List<T> all = new ArrayList<>();
        for (int number = 1;; number++) {
            HsdsPage<T> read = page.apply(number);
            if (read == null || read.contents() == null) {
                throw new ProcessingException("The directory answered a page without contents");
            }
            all.addAll(read.contents());
            if (number >= read.total_pages() || read.contents().isEmpty()) {
                return all;
            }
        }
    }

    @GET
    @Path("diensten/{id}")
    public TemplateInstance serviceForm(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return form(services, id, done);
    }

    @POST
    @Path("diensten/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctService(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        return correct(services, id, fields);
    }

    private <T> TemplateInstance form(Kind<T> kind, UUID id, String done) {
        Read<T> read = load(kind, id);
        return draw(kind, id, read, formOf(kind, read), ServiceRefusal.none(), -1, done);
    }

    private <T> Response correct(Kind<T> kind, UUID id, MultivaluedMap<String, String> fields) {
        CorrectionForm form = CorrectionForm.of(fields);
        Read<T> read = load(kind, id);
        if (!read.record().ok()) {
            return Response.status(503).entity(draw(kind, id, read, form, ServiceRefusal.none(), -1, null)).build();
        }
        T stored = read.record().value();
        T corrected;
        try {
            corrected = kind.corrector().apply(stored, form.apply(kind.subjectOf(stored), today()));
        } catch (CorrectionForm.Unreadable e) {
            return Response.status(400).entity(draw(kind, id, read, form, ServiceRefusal.onField(e.field()), e.row(),
                    null)).build();
        }
        try {
            kind.sender().send(id.toString(), form.basedOn(), corrected);
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            if (rejection.status() == 412) {
                // A colleague corrected the record after this form was drawn. Sending it again would put back what
                // they changed, so the form now shows the record as it is, with their change in the history below.
                Read<T> now = load(kind, id);
                return Response.status(409).entity(draw(kind, id, now, formOf(kind, now), rejection, -1, null))
                        .build();
            }
            return Response.status(rejection.unavailable() ? 503 : 400)
                    .entity(draw(kind, id, load(kind, id), form, onThisForm(rejection), -1, null)).build();
        }
        return Pages.redirect("/sociale-kaart/" + kind.path() + "/" + id + "?done=corrected").build();
    }

    private static <T> Read<T> load(Kind<T> kind, UUID id) {
        ServiceAnswer<RestResponse<T>> answer = ServiceAnswer
                .load("directory", () -> kind.reader().apply(id.toString())).requireFound();
        return answer.ok()
                ? new Read<>(new ServiceAnswer<>(answer.value().getEntity(), null),
                        answer.value().getHeaderString(HttpHeaders.ETAG))
                : new Read<>(new ServiceAnswer<>(null, answer.failure()), null);
    }

    private <T> CorrectionForm formOf(Kind<T> kind, Read<T> read) {
        return read.record().ok() ? CorrectionForm.of(kind.subjectOf(read.record().value()), read.version(), today())
                : null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    /** {@code badException} is the exception row web could not read, or -1; its fields carry the error. */
    private <T> TemplateInstance draw(Kind<T> kind, UUID id, Read<T> read, CorrectionForm form,
            ServiceRefusal rejection, int badException, String done) {
        List<String> days = new ArrayList<>(DAYS);
        if (form != null) {
            form.hours().stream().map(CorrectionForm.HoursRow::days)
                    .filter(d -> d != null && !days.contains(d)).forEach(days::add);
        }
        ServiceAnswer<T> record = read.record();
        ServiceAnswer<CorrectionSubject> subject = record.ok()
                ? new ServiceAnswer<>(kind.subjectOf(record.value()), null)
                : new ServiceAnswer<>(null, record.failure());
        return pages.of(page)
                .data("kind", kind.name())
                .data("action", "/sociale-kaart/" + kind.path() + "/" + id)
                .data("record", subject)
                .data("form", form)
                .data("days", days)
                .data("rejection", rejection)
                .data("exceptionErrorRow", Math.max(badException, 0))
                .data("done", done)
                .data("today", today().toString())
                .data("statuses", HsdsService.STATUSES);
    }

    /**
     * The directory names a fault by its path in the record ({@code body.provenance.source},
     * {@code body.phones[0].number}); ServiceRefusal keeps the index apart, as the row. Without the {@code body.} it
     * is the field's name on this form.
     */
    private static ServiceRefusal onThisForm(ServiceRefusal rejection) {
        Map<String, String> fields = new LinkedHashMap<>();
        rejection.fields().forEach((field, message) -> fields.put(field.replaceFirst("^body\\.", ""), message));
        Map<String, Integer> rows = new LinkedHashMap<>();
        rejection.rows().forEach((field, row) -> rows.put(field.replaceFirst("^body\\.", ""), row));
        return new ServiceRefusal(rejection.status(), rejection.detail(), fields, rows);
    }
}
