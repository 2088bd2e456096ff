package nl.entree.web.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.DirectoryClient;
import nl.entree.web.backend.ForecastClient;
import nl.entree.web.backend.IntakeClient;
import nl.entree.web.backend.TriageClient;

/**
 * Signing out ends the session on every service: each keeps its own denylist in its own database, so checking a
 * token never needs another service (intake keeps taking contacts while triage is down). web posts the session's
 * token to {@code POST /api/session/sign-out} on each of the five ({@code revokeSession} on each client, with its
 * timeout, retry and circuit breaker); the token can end only itself. The five are told at once, so a service that
 * hangs costs the user its timeout, not the sum of all five.
 */
@ApplicationScoped
public class SignOutEverywhere {

    /** How one service is told of a sign-out. */
    @FunctionalInterface
    interface SessionApi {
        void signOut(String authorization);
    }

    private static final Logger LOG = Logger.getLogger(SignOutEverywhere.class);
    /** Past each call's own 2 s timeout, so a service that hangs is named by that; this bounds a retried one too. */
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final Map<String, SessionApi> services;
    private final Executor executor;

    @Inject
    public SignOutEverywhere(@RestClient IntakeClient intake, @RestClient TriageClient triage,
            @RestClient CapacityClient capacity, @RestClient ForecastClient forecast,
            @RestClient DirectoryClient directory) {
        // The calls carry their token with them and need nothing of the request's thread; sign-outs are few, and
        // each call ends by its timeout, so a small pool of its own keeps a hanging service from taking more.
        this(Map.of("intake-service", intake::revokeSession, "triage-service", triage::revokeSession,
                "capacity-service", capacity::revokeSession, "forecast-service", forecast::revokeSession,
                "directory-service", directory::revokeSession),
                ManagedExecutor.builder().maxAsync(10).maxQueued(-1).propagated(ThreadContext.NONE)
                        .cleared(ThreadContext.ALL_REMAINING).build());
    }

    /** The five services as a test sees them, told one after another in the order of the map. */
    SignOutEverywhere(Map<String, SessionApi> services) {
        this(services, Runnable::run);
    }

    private SignOutEverywhere(Map<String, SessionApi> services, Executor executor) {
        this.services = services;
        this.executor = executor;
    }

    @PreDestroy
    void stop() {
        if (executor instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /**
     * A service that cannot be told keeps accepting the token until it expires; that is logged (by service, never
     * the token) and the user is still signed out of web.
     */
    public void signOut(String token) {
        String authorization = "Bearer " + token;
        Map<String, CompletableFuture<Void>> calls = new LinkedHashMap<>();
        services.forEach((name, api) -> calls.put(name,
                CompletableFuture.runAsync(() -> tell(name, api, authorization), executor)));
        try {
            CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // No failure of the sign-out: the user is signed out of web whatever the services say, logged below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.forEach((name, call) -> {
            if (!call.isDone()) {
                LOG.warnf("%s was not told of a sign-out within %d ms", name, WAIT.toMillis());
            } else if (call.isCompletedExceptionally()) {
                Throwable failure = call.handle((done, e) -> e.getCause() == null ? e : e.getCause()).join();
                LOG.errorf("%s could not be told of a sign-out: %s", name, failure.getClass().getName());
            }
        });
    }

    private static void tell(String name, SessionApi api, String authorization) {
        try {
            api.signOut(authorization);
        } catch (WebApplicationException e) {
            LOG.warnf("%s refused the sign-out with %d", name, e.getResponse().getStatus());
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.warnf("%s could not be told of a sign-out: %s", name, e.getClass().getSimpleName());
        }
    }
}
