package nl.entree.forecast.forecasting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;
import nl.entree.forecast.forecasting.ForecastApi.ForecastView;
import nl.entree.forecast.series.PublishedCounts;

@Path("/api/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasts", description = "Model forecasts with intervals and a backtest of every candidate")
public class ForecastResource {

    private final ForecastService forecasts;
    private final PublishedCounts published;

    public ForecastResource(ForecastService forecasts, PublishedCounts published) {
        this.forecasts = forecasts;
        this.published = published;
    }

    @GET
    @Path("/{seriesId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "Forecast a series: points with intervals, the chosen model and the backtest of every candidate",
            description = "For ministries the model sees only the counts a ministry may see: suppressed ones are gaps.")
    @APIResponse(responseCode = "200", description = "the forecast")
    @APIResponse(responseCode = "400", description = "bad horizon, model or levels")
    @APIResponse(responseCode = "404", description = "no such series, or one not for the caller")
    @APIResponse(responseCode = "422", description = "the series has no observations to forecast from")
    public ForecastView forecast(@PathParam("seriesId") String seriesId,
            @Parameter(description = "periods ahead (1-120)") @QueryParam("horizon") String horizon,
            @Parameter(description = "auto (the combination, unless one model backtests clearly better), "
                    + "combination (the median of ets, adjusted-ets, theta and arima), ets, adjusted-ets, theta, "
                    + "arima, linear, snaive, naive, or an ETS form such as ETS(A,Ad,M)")
            @QueryParam("model") @DefaultValue("auto") String model,
            @Parameter(description = "interval levels in percent, comma-separated") @QueryParam("levels") @DefaultValue("80,95") String levels) {
        // Read here, not as an int parameter: JAX-RS answers a horizon that is not a number with a 404.
        return forecasts.forecast(seriesId, QueryParams.intInRange("horizon", horizon, 24, 1, Integer.MAX_VALUE), model,
                ForecastService.levels(levels),
                published.hiddenFromCaller());
    }
}
