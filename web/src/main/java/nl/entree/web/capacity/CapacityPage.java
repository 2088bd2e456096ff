package nl.entree.web.capacity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.EmpiricalNorms;
import nl.entree.web.backend.Norm;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.backend.Staffing;
import nl.entree.web.backend.Utilisation;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Viewer;

/** Screen 4: norms (registered next to measured), staffing, utilisation and the cost per FTE per organisation. */
@Path("/capacity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CapacityPage {

    private final CapacityClient capacity;
    private final Pages pages;
    private final Template template;
    private final Viewer viewer;
    private final FteCosts costs;

    public CapacityPage(@RestClient CapacityClient capacity, Pages pages, @Location("capacity.html") Template template,
            Viewer viewer, FteCosts costs) {
        this.capacity = capacity;
        this.pages = pages;
        this.template = template;
        this.viewer = viewer;
        this.costs = costs;
    }

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        return draw(CostForm.empty(), ServiceRefusal.none(), done);
    }

    /** A new version of an organisation's cost per FTE; capacity decides whether it may follow the one in force. */
    @POST
    @Path("/costs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerCost(@RestForm String org, @RestForm String eurosPerFtePerYear, @RestForm String source,
            @RestForm String assumption, @RestForm String validFrom) {
        if (!costsNational()) {
            throw new ForbiddenException();
        }
        CostForm typed = CostForm.typed(org, eurosPerFtePerYear, source, assumption, validFrom);
        Optional<String> unreadable = typed.unreadable();
        if (unreadable.isPresent()) {
            return Response.status(400).entity(draw(typed, ServiceRefusal.onField(unreadable.get()), null)).build();
        }
        Optional<ServiceRefusal> refusal = costs.register(typed);
        if (refusal.isPresent()) {
            int status = refusal.get().unavailable() ? 503 : refusal.get().status() == 409 ? 409 : 400;
            return Response.status(status).entity(draw(typed, refusal.get(), null)).build();
        }
        return Pages.redirect("/capacity?done=cost#costs-panel").build();
    }

    /** A cost applies in every region, so capacity takes one only from a token bound to none. */
    private boolean costsNational() {
        return viewer.region() == null;
    }

    private TemplateInstance draw(CostForm costForm, ServiceRefusal rejection, String done) {
        ServiceAnswer<List<Norm>> norms = ServiceAnswer.load("capacity", capacity::norms);
        Map<CaseType, EmpiricalNorms.Row> measured = new EnumMap<>(CaseType.class);
        // The measured hours are national, and capacity refuses them to a token bound to a region: the page says so
        // rather than asking six times to show a dash that looks like "nothing measured".
        boolean national = viewer.region() == null;
        if (norms.ok() && national) {
            for (Organisation org : Organisation.values()) {
                ServiceAnswer<EmpiricalNorms> empirical = ServiceAnswer.load("capacity",
                        () -> capacity.empiricalNorms(org.name()));
                if (empirical.ok() && empirical.value().rows() != null) {
                    for (EmpiricalNorms.Row row : empirical.value().rows()) {
                        if (row.caseType() != null) {
                            measured.put(row.caseType(), row);
                        }
                    }
                }
            }
        }
        List<NormRow> normRows = new ArrayList<>();
        if (norms.ok()) {
            for (Norm norm : norms.value()) {
                normRows.add(new NormRow(norm, norm.caseType() == null ? null : measured.get(norm.caseType())));
            }
        }
        List<StaffingRow> staffing = new ArrayList<>();
        if (norms.ok()) {
            for (Organisation org : Organisation.values()) {
                staffing.add(new StaffingRow(org,
                        ServiceAnswer.load("capacity", () -> capacity.staffingInForce(org.name()))));
            }
        }
        // When norms failed, capacity-service is down: asking it thirteen more times would only slow the page.
        ServiceAnswer<Utilisation> utilisation = norms.ok() ? ServiceAnswer.load("capacity", capacity::utilisation)
                : new ServiceAnswer<>(null, norms.failure());
        // Like staffing: when norms failed, capacity is down, and the costs panel says so without asking again.
        ServiceAnswer<List<FteCosts.CostRow>> costRows = norms.ok() ? costs.rows()
                : new ServiceAnswer<>(null, norms.failure());
        return pages.of(template)
                .data("costs", costRows)
                .data("costVersions", costRows.ok() && costRows.value().stream()
                        .anyMatch(r -> !r.history().ok() || !r.history().value().isEmpty()))
                .data("costForm", costForm)
                .data("mayRegisterCost", costsNational())
                .data("organisations", List.of(Organisation.values()))
                .data("rejection", rejection)
                .data("done", done)
                .data("norms", norms)
                .data("normRows", normRows)
                .data("measuredNationally", national)
                .data("staffing", staffing)
                .data("region", viewer.region())
                .data("staffingFailed", !norms.ok())
                .data("utilisation", utilisation);
    }

    /** A norm as registered, next to what its case type's closed cases measured (null: nothing measured). */
    public record NormRow(Norm norm, EmpiricalNorms.Row measured) {
    }

    /**
     * An organisation's staffing as utilisation counts it: the viewer's region's row, or every region's and the
     * unassigned staff together. One whose staffing is not registered is named, not left out.
     */
    public record StaffingRow(Organisation organisation, ServiceAnswer<List<Staffing>> rows) {

        public boolean registered() {
            return rows.ok() && !rows.value().isEmpty();
        }

        public double fte() {
            return rows.value().stream().mapToDouble(Staffing::fte).sum();
        }

        public double productiveHoursPerWeek() {
            return rows.value().stream().mapToDouble(Staffing::productiveHoursPerWeek).sum();
        }

        public boolean anyAssumed() {
            return rows.value().stream().anyMatch(s -> s.contractHoursAssumed() || s.productiveShareAssumed());
        }
    }
}
