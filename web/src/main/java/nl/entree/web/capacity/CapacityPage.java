package nl.entree.web.capacity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.EmpiricalNorms;
import nl.entree.web.backend.Norm;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.Staffing;
import nl.entree.web.backend.Utilisation;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Viewer;

/** Screen 4: norms (registered next to measured), staffing and utilisation per organisation. */
@Path("/capacity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CapacityPage {

    private final CapacityClient capacity;
    private final Pages pages;
    private final Template template;
    private final Viewer viewer;

    public CapacityPage(@RestClient CapacityClient capacity, Pages pages, @Location("capacity.html") Template template,
            Viewer viewer) {
        this.capacity = capacity;
        this.pages = pages;
        this.template = template;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance page() {
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
        return pages.of(template)
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
