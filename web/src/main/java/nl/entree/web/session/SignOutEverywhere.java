package nl.entree.web.session;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Signing out ends the session on every service: each keeps its own denylist in its own database, so checking a
 * token never needs another service (intake keeps taking contacts while triage is down). web posts the session's
 * token to {@code POST /api/session/sign-out} on each of the five; the token can end only itself.
 */
@ApplicationScoped
public class SignOutEverywhere {

    /** The services' sign-out endpoint, one client per service. */
    @Path("/api/session")
    public interface SessionApi {
        @POST
        @Path("/sign-out")
        void signOut(@HeaderParam("Authorization") String authorization);
    }

    private static final Logger LOG = Logger.getLogger(SignOutEverywhere.class);

    private final Map<String, SessionApi> services;

    @Inject
    public SignOutEverywhere(@ConfigProperty(name = "quarkus.rest-client.intake.url") URI intake,
            @ConfigProperty(name = "quarkus.rest-client.triage.url") URI triage,
            @ConfigProperty(name = "quarkus.rest-client.capacity.url") URI capacity,
            @ConfigProperty(name = "quarkus.rest-client.forecast.url") URI forecast,
            @ConfigProperty(name = "quarkus.rest-client.directory.url") URI directory) {
        this.services = Map.of("intake-service", client(intake), "triage-service", client(triage),
                "capacity-service", client(capacity), "forecast-service", client(forecast),
                "directory-service", client(directory));
    }

    /** The five services as a test sees them. */
    SignOutEverywhere(Map<String, SessionApi> services) {
        this.services = services;
    }

    private static SessionApi client(URI base) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(base)
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS).build(SessionApi.class);
    }

    /**
     * A service that cannot be told keeps accepting the token until it expires; that is logged (by service, never
     * the token) and the user is still signed out of web.
     */
    public void signOut(String token) {
        services.forEach((name, api) -> {
            try {
                api.signOut("Bearer " + token);
            } catch (WebApplicationException e) {
                LOG.warnf("%s refused the sign-out with %d", name, e.getResponse().getStatus());
            } catch (ProcessingException e) {
                LOG.warnf("%s could not be told of a sign-out: %s", name, e.getClass().getSimpleName());
            }
        });
    }
}
