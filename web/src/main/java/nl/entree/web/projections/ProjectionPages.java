package nl.entree.web.projections;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.backend.ForecastClient;
import nl.entree.web.backend.Projection;
import nl.entree.web.backend.Scenario;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.pages.Pages;
import nl.entree.web.pages.ServiceUnreachableException;
import nl.entree.web.session.Language;
import nl.entree.web.session.Viewer;

/** Screen 5: capacity projections for ministries. Aggregates only, as forecast-service publishes them. */
@Path("/projections")
@RolesAllowed({Roles.MINISTRY, Roles.COORDINATOR, Roles.ADMIN})
public class ProjectionPages {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final List<String> REGIONS = java.util.Arrays.stream(Region.values()).map(Enum::name).toList();

    private final ForecastClient forecast;
    private final Pages pages;
    private final Template template;
    private final Language language;
    private final Viewer viewer;
    private final Clock clock;

    public ProjectionPages(@RestClient ForecastClient forecast, Pages pages,
            @Location("projections.html") Template template, Language language, Viewer viewer, Clock clock) {
        this.forecast = forecast;
        this.viewer = viewer;
        this.pages = pages;
        this.template = template;
        this.language = language;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("scenario") String scenario, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region) {
        Query q = query(scenario, from, to, region);
        // A period that is not one, or ends before it starts, is the user's to correct, not a failure of the
        // forecast service.
        ServiceAnswer<Projection> projection = q.unreadable() != null || q.backwards() ? null
                : ServiceAnswer.load("forecast", () -> forecast.projection(q.from(), q.to(), q.scenario(),
                        q.region()));
        return page(q, projection);
    }

    private TemplateInstance page(Query q, ServiceAnswer<Projection> projection) {
        ServiceAnswer<List<Scenario>> scenarios = ServiceAnswer.load("forecast", forecast::scenarios);
        return pages.of(template)
                .data("q", q)
                .data("regions", viewer.region() == null ? REGIONS : List.of(viewer.region()))
                .data("national", viewer.region() == null)
                .data("scenarios", scenarios)
                .data("projection", projection)
                .data("synthetic", projection != null && projection.ok() && anySynthetic(projection.value()));
    }

    /** A figure resting on a made-up series says so, so that nobody quotes demo data as the real thing. */
    private static boolean anySynthetic(Projection projection) {
        return projection.rows() != null && projection.rows().stream().anyMatch(Projection.Row::synthetic);
    }

    /** The chart, proxied so that the browser needs no token of its own. */
    @GET
    @Path("/chart.svg")
    @Produces("image/svg+xml")
    public Response chart(@QueryParam("scenario") String scenario, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region) {
        Query q = query(scenario, from, to, region);
        if (q.unreadable() != null || q.backwards()) {
            return Response.status(400).build();
        }
        ServiceAnswer<String> svg = ServiceAnswer.load("forecast", () -> forecast.chart(q.from(), q.to(), q.scenario(),
                q.region(), language.tag()));
        if (!svg.ok()) {
            return Response.status(status(svg)).build();
        }
        return Response.ok(svg.value(), "image/svg+xml")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("scenario") String scenario, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region) {
        Query q = query(scenario, from, to, region);
        // A download that cannot be made is a page, as the publications' are: the projections page with what to
        // change, or the page that names forecast as down. A text body would be saved as the file, in English.
        if (q.unreadable() != null || q.backwards()) {
            return refusedPage(q, null);
        }
        ServiceAnswer<String> csv = ServiceAnswer.load("forecast", () -> forecast.projectionCsv(q.from(), q.to(),
                q.scenario(), q.region()));
        if (csv.forbidden()) {
            throw new ForbiddenException();
        }
        if (csv.badRequest()) {
            return refusedPage(q, new ServiceAnswer<>(null, ServiceAnswer.Failure.BAD_REQUEST));
        }
        if (!csv.ok()) {
            throw new ServiceUnreachableException("forecast");
        }
        return Response.ok(csv.value(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"entree-projections-" + q.from() + "-" + q.to()
                        + ".csv\"")
                .build();
    }

    private Response refusedPage(Query q, ServiceAnswer<Projection> projection) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(q, projection).render()).build();
    }

    /** A refused question stays the user's to change: 400, not the 503 of a service that did not answer. */
    private static int status(ServiceAnswer<?> failed) {
        return failed.forbidden() ? 403 : failed.badRequest() ? 400 : 503;
    }

    /** The same table for Dutch Excel, which expects semicolons and a decimal comma. */
    @GET
    @Path("/export-nl.csv")
    @Produces("text/csv")
    public Response dutchCsv(@QueryParam("scenario") String scenario, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region) {
        Response standard = csv(scenario, from, to, region);
        if (standard.getStatus() != 200) {
            return standard;
        }
        Query q = query(scenario, from, to, region);
        return Response.ok(DutchCsv.of((String) standard.getEntity()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"entree-projecties-" + q.from() + "-" + q.to()
                        + "-nl.csv\"")
                .build();
    }

    /**
     * Projections per region and organisation are for coordinators; a ministry's region is ignored. A coordinator
     * bound to a region gets that region's projection whatever they ask (forecast answers so, and refuses another),
     * so it is named and passed on explicitly, as the case list does: the page must not say "Heel Nederland".
     */
    private Query query(String scenario, String from, String to, String region) {
        String asked = !viewer.coordinator() ? null : viewer.region() != null ? viewer.region() : region;
        return Query.of(scenario, from, to, asked, Year.now(clock.withZone(DutchTime.ZONE)).getValue());
    }

    /**
     * The form's values, checked before they go into a service URL. {@code unreadable} names the first month that is
     * not a month (such as 2027-13 or 2027-1, which a browser without a month picker lets through); the period is
     * then the default one, and no figures are shown until it is corrected.
     */
    public record Query(String scenario, String from, String to, String region, String unreadable) {

        /**
         * Without a period: from January of {@code year} to December two years on. A region that is not one of the
         * 25 codes is the whole country.
         */
        static Query of(String scenario, String from, String to, String region, int year) {
            YearMonth f = month(from);
            YearMonth t = month(to);
            String unreadable = f == null && present(from) ? "from" : t == null && present(to) ? "to" : null;
            String s = scenario == null || scenario.isBlank() ? null : scenario.strip();
            String r = region != null && REGIONS.contains(region) ? region : null;
            return new Query(s, (f == null ? YearMonth.of(year, 1) : f).toString(),
                    (t == null ? YearMonth.of(year + 2, 12) : t).toString(), r, unreadable);
        }

        private static YearMonth month(String value) {
            if (value == null || !MONTH.matcher(value.strip()).matches()) {
                return null;
            }
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        public boolean backwards() {
            return unreadable == null && YearMonth.parse(from).isAfter(YearMonth.parse(to));
        }

        /** For links: the query string of this selection. */
        public String params() {
            String p = "from=" + from + "&to=" + to + (region == null ? "" : "&region=" + region);
            return scenario == null ? p : p + "&scenario=" + java.net.URLEncoder.encode(scenario,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
