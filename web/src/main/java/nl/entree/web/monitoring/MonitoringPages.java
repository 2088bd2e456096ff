package nl.entree.web.monitoring;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;
import nl.entree.web.backend.ForecastClient;
import nl.entree.web.backend.PeakAlerts;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.pages.Pages;
import nl.entree.web.pages.ServiceUnreachableException;
import nl.entree.web.projections.DutchCsv;
import nl.entree.web.session.Language;
import nl.entree.web.session.Viewer;

/**
 * Monitoring across regions for coordinators and ministries: a map of the 25 safety regions by growth, the same
 * figures as a table with each region's months as a line and its forecast, the forecast that adds up (national =
 * organisations = regions), the month's peak alerts (coordinators), and the yearly publications.
 */
@Path("/monitoring")
@RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY})
public class MonitoringPages {

    /** The publications offered: the last complete years. */
    private static final int PUBLISHED_YEARS = 3;
    private static final int FORECAST_MONTHS = 12;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** forecast's first publication year (PublicationService.FIRST_YEAR). */
    private static final int FIRST_PUBLISHED_YEAR = 2000;
    private static final Pattern INLINE_STYLE = Pattern.compile("(?s)<style>.*?</style>");

    private final ForecastClient forecast;
    private final Pages pages;
    private final Template template;
    private final Viewer viewer;
    private final Language language;
    private final Clock clock;

    public MonitoringPages(@RestClient ForecastClient forecast, Pages pages,
            @Location("monitoring.html") Template template, Viewer viewer, Language language, Clock clock) {
        this.forecast = forecast;
        this.pages = pages;
        this.template = template;
        this.viewer = viewer;
        this.language = language;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        YearMonth now = YearMonth.now(clock.withZone(DutchTime.ZONE));
        // The map ends where the figures are settled: forecast has not pulled the month that ended yesterday.
        YearMonth last = Disclosure.lastCompletedMonth(clock);
        // Peak alerts are for coordinators; a ministry is not asked for them (forecast would refuse).
        ServiceAnswer<PeakAlerts> peaks = viewer.coordinator()
                ? ServiceAnswer.load("forecast", () -> forecast.alerts(now.toString())) : null;
        Set<String> alertRegions = peaks != null && peaks.ok() ? peaks.value().alerts().stream()
                .filter(a -> a.active() && a.region() != null).map(PeakAlerts.Alert::region)
                .collect(Collectors.toSet()) : Set.of();
        ServiceAnswer<RegionMap.View> regions = ServiceAnswer.load("forecast", () -> RegionMap.of(
                forecast.regionMonths(last.minusMonths(23).toString(), last.toString()), last, alertRegions));
        // National, so not for a coordinator bound to one region: forecast would refuse.
        ServiceAnswer<AddingUp> addingUp = viewer.region() == null ? ServiceAnswer.load("forecast",
                () -> AddingUp.of(forecast.hierarchy(FORECAST_MONTHS))) : null;
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < PUBLISHED_YEARS; i++) {
            years.add(Disclosure.lastCompletedYear(clock) - i);
        }
        return pages.of(template)
                .data("regions", regions)
                .data("peaks", peaks)
                .data("addingUp", addingUp)
                .data("years", years);
    }

    /** The yearly publication's printable report, in the page's language, proxied so the browser needs no token. */
    @GET
    @Path("/publications/{year}")
    @Produces(MediaType.TEXT_HTML)
    public Response publication(@PathParam("year") String year) {
        int published = publishedYear(year);
        String html = shown(ServiceAnswer.load("forecast", () -> forecast.publicationHtml(published, language.tag())));
        // The report's styles are inline, which web's Content-Security-Policy refuses: web links its copy instead.
        String page = INLINE_STYLE.matcher(html)
                .replaceFirst("<link rel=\"stylesheet\" href=\"/static/publication.css\">");
        return Response.ok(page, MediaType.TEXT_HTML + "; charset=UTF-8").build();
    }

    @GET
    @Path("/publications/{year}.csv")
    @Produces("text/csv")
    public Response publicationCsv(@PathParam("year") String year) {
        return csvFile(year, "", publicationCsvOf(year));
    }

    /** The same table as Dutch Excel opens it: forecast's CSV has commas between cells and a decimal point. */
    @GET
    @Path("/publications/{year}-nl.csv")
    @Produces("text/csv")
    public Response publicationDutchCsv(@PathParam("year") String year) {
        return csvFile(year, "-nl", DutchCsv.of(publicationCsvOf(year)));
    }

    private String publicationCsvOf(String year) {
        int published = publishedYear(year);
        return shown(ServiceAnswer.load("forecast", () -> forecast.publicationCsv(published)));
    }

    private static Response csvFile(String year, String suffix, String csv) {
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"entree-publicatie-" + year + suffix + ".csv\"")
                .build();
    }

    /**
     * A year forecast publishes: a complete one, from its first. Any other names no publication, so it gets the
     * not-found page, not a question to forecast that it would refuse and the user would be told to retry.
     */
    private int publishedYear(String year) {
        int lastComplete = Disclosure.lastCompletedYear(clock);
        int asked = YEAR.matcher(year).matches() ? Integer.parseInt(year) : 0;
        if (asked < FIRST_PUBLISHED_YEAR || asked > lastComplete) {
            throw new NotFoundException();
        }
        return asked;
    }

    /** The report, or the page that says why not: no access, not found, or forecast not reachable. */
    private static String shown(ServiceAnswer<String> answer) {
        if (!answer.requireFound().ok()) {
            throw new ServiceUnreachableException("forecast");
        }
        return answer.value();
    }
}
