package nl.entree.help;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Pages that fail, in tests only: nothing in help fails on purpose, and a failure of ours must reach a browser as a
 * page all the same. The message stands for what an exception may quote, which must never reach the page.
 */
@Path("/test-only")
@Produces(MediaType.TEXT_HTML)
public class BrokenPages {

    static final String QUOTED = "Jan de Vries, Dorpsstraat 1";

    @GET
    @Path("failure")
    public String failure() {
        throw new IllegalStateException(QUOTED);
    }

    @GET
    @Path("circuit-open")
    public String circuitOpen() {
        throw new CircuitBreakerOpenException(QUOTED);
    }
}
