package nl.entree.web.capacity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.FteCost;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;

/** What an FTE costs each organisation, as capacity keeps it, and registering a new version there. */
@ApplicationScoped
public class FteCosts {

    private final CapacityClient capacity;

    public FteCosts(@RestClient CapacityClient capacity) {
        this.capacity = capacity;
    }

    /** Every organisation's cost in force, each with its versions; none when capacity did not answer the first. */
    ServiceAnswer<List<CostRow>> rows() {
        ServiceAnswer<List<FteCost>> inForce = ServiceAnswer.load("capacity", capacity::costs);
        if (!inForce.ok()) {
            return new ServiceAnswer<>(null, inForce.failure());
        }
        // A version that starts later is in the history only: the row in force may be unknown while one is coming.
        return new ServiceAnswer<>(inForce.value().stream().map(cost -> new CostRow(cost, ServiceAnswer.load(
                "capacity", () -> capacity.costHistory(cost.organisation().name())))).toList(), null);
    }

    /** Empty when capacity stored the version; else what it refused, on the form's fields where it can. */
    Optional<ServiceRefusal> register(CostForm form) {
        try {
            capacity.registerCost(form.chosen().name(), form.update());
            return Optional.empty();
        } catch (RuntimeException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 409) {
                // capacity names no field for a version that does not start after the one in force: it is the date.
                return Optional.of(new ServiceRefusal(409, refusal.detail(), Map.of("validFrom", "validFrom")));
            }
            return Optional.of(refusal);
        }
    }

    /** One organisation's cost in force (perhaps unknown) and every version, oldest first. */
    public record CostRow(FteCost inForce, ServiceAnswer<List<FteCost>> history) {
    }
}
