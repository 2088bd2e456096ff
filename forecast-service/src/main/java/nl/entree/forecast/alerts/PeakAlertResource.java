package nl.entree.forecast.alerts;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;
import nl.entree.common.web.QueryParams;
import nl.entree.forecast.alerts.AlertApi.PeakAlerts;
import nl.entree.forecast.alerts.AlertApi.PeakCheck;

/**
 * Peak alerts are for coordinators, not ministries: an alert shows a region's count of the month so far, which
 * triage suppresses for ministries when it is the second cell hidden beside a small one. A coordinator bound to a
 * region reads the alerts of the series they may read (their region's) and starts no check, which covers every
 * region and organisation.
 */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Early warning of peaks: counts so far this month above the forecast")
public class PeakAlertResource {

    private final PeakAlertService alerts;
    private final PeakWatch watch;
    private final Caller caller;
    private final Clock clock;

    public PeakAlertResource(PeakAlertService alerts, PeakWatch watch, Caller caller, Clock clock) {
        this.alerts = alerts;
        this.watch = watch;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The peak alerts of a month, active ones first, the largest excess first",
            description = "month defaults to the month in progress (Dutch time). In its first 7 days the list holds "
                    + "the previous month's alerts active at its end too, marked by their own month (see rule). A "
                    + "coordinator bound to a region sees that region's alerts only, as they read that region's "
                    + "series only.")
    @APIResponse(responseCode = "200", description = "The alerts, with the rule that raised them")
    @APIResponse(responseCode = "400", description = "month is not YYYY-MM")
    public PeakAlerts list(@QueryParam("month") String month) {
        return alerts.list(month == null ? YearMonth.now(clock.withZone(DutchTime.ZONE))
                : QueryParams.requiredMonth("month", month));
    }

    @POST
    @Path("/check")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Check the month in progress now, instead of waiting for the hourly check")
    @APIResponse(responseCode = "200", description = "What was checked and how many are above their bound")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: the check covers every "
            + "region and organisation")
    @APIResponse(responseCode = "503", description = "triage-service did not answer; no alert was changed")
    public PeakCheck check() {
        // The check has no scope: it changes every region's and organisation's alerts, and its answer counts the
        // national series above their bound and names the ones it could not judge.
        caller.requireNational("A peak check covers every region and organisation");
        return watch.check();
    }
}
