package nl.entree.web.capacity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.pages.Pages;

/** Screen 4: norms (registered next to measured), staffing and utilisation per organisation. */
@Path("/capacity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CapacityPage {

    private final CapacityClient capacity;
    private final Pages pages;
    private final Template template;

    public CapacityPage(@RestClient CapacityClient capacity, Pages pages, @Location("capacity.html") Template template) {
        this.capacity = capacity;
        this.pages = pages;
        this.template = template;
    }

    @GET
    public TemplateInstance page() {
        ServiceAnswer<List<Map<String, Object>>> norms = ServiceAnswer.load("capacity", capacity::norms);
        Map<String, Map<String, Object>> measured = new HashMap<>();
        if (norms.ok()) {
            for (Organisation org : Organisation.values()) {
                ServiceAnswer<Map<String, Object>> empirical = ServiceAnswer.load("capacity", () -> capacity.empiricalNorms(org.name()));
                if (empirical.ok() && empirical.value().get("rows") instanceof List<?> rows) {
                    for (Object row : rows) {
                        if (row instanceof Map<?, ?> r) {
                            measured.put(String.valueOf(r.get("caseType")), cast(r));
                        }
                    }
                }
            }
        }
        List<Map<String, Object>> normRows = new ArrayList<>();
        if (norms.ok()) {
            for (Map<String, Object> norm : norms.value()) {
                Map<String, Object> row = new LinkedHashMap<>(norm);
                row.put("registered", "REGISTERED".equals(norm.get("status")));
                row.put("measured", measured.get(String.valueOf(norm.get("caseType"))));
                normRows.add(row);
            }
        }
        List<StaffingRow> staffing = new ArrayList<>();
        if (norms.ok()) {
            for (Organisation org : Organisation.values()) {
                staffing.add(new StaffingRow(org.name(), ServiceAnswer.load("capacity", () -> capacity.staffing(org.name()))));
            }
        }
        // When norms failed, capacity-service is down: asking it thirteen more times would only slow the page.
        ServiceAnswer<Map<String, Object>> utilisation = norms.ok() ? ServiceAnswer.load("capacity", capacity::utilisation)
                : new ServiceAnswer<>(null, norms.failure());
        return pages.of(template)
                .data("norms", norms)
                .data("normRows", normRows)
                .data("staffing", staffing)
                .data("staffingFailed", !norms.ok())
                .data("utilisation", utilisation);
    }

    /** An organisation whose staffing is not registered is named, not left out. */
    public record StaffingRow(String organisation, ServiceAnswer<Map<String, Object>> staffing) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
