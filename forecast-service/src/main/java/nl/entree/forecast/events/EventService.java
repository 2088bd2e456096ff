package nl.entree.forecast.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.events.EventApi.EventView;
import nl.entree.forecast.events.EventApi.NewEvent;

@ApplicationScoped
public class EventService {

    static final String EVENT = "event";
    static final String EVENT_CREATE = "EVENT_CREATE";
    static final String EVENT_DELETE = "EVENT_DELETE";
    /**
     * The longest a one-off event may last. Its months are left out of fitting for every organisation it names;
     * one without an end, or over years, leaves a series nothing to fit, and then its forecasts, the projections
     * and the peak alerts stop. A campaign or a broadcast's wake is months, not years.
     */
    static final int MAX_ONE_OFF_MONTHS = 12;

    private final EventRepository events;
    private final AuditTrail audit;

    public EventService(EventRepository events, AuditTrail audit) {
        this.events = events;
        this.audit = audit;
    }

    public List<EventView> list() {
        return all().stream().map(EventService::view).toList();
    }

    public Optional<EventView> find(long id) {
        return events.findByIdOptional(id).map(EventService::view);
    }

    public List<EventEntity> all() {
        return events.chronological();
    }

    @Transactional
    public EventView create(NewEvent request) {
        if (request.to() != null && request.to().isBefore(request.from())) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (request.kind().oneOff() && request.to() == null) {
            throw ProblemException.badRequest("to", "is required for a " + request.kind() + " event: its months are "
                    + "left out of fitting, and without an end every month from " + request.from() + " on would be; "
                    + "only a LAW is open-ended");
        }
        if (request.kind().oneOff() && !request.to().isBefore(request.from().plusMonths(MAX_ONE_OFF_MONTHS))) {
            throw ProblemException.badRequest("to", "a " + request.kind() + " event lasts at most "
                    + MAX_ONE_OFF_MONTHS + " months, to " + request.from().plusMonths(MAX_ONE_OFF_MONTHS).minusDays(1)
                    + " at the latest");
        }
        EventEntity e = new EventEntity();
        e.name = request.name().strip();
        e.kind = request.kind();
        e.startDate = request.from();
        e.endDate = request.to();
        if (request.organisations() != null) {
            e.organisations.addAll(request.organisations());
        }
        events.persist(e);
        audit.record(EVENT_CREATE, EVENT, e.id, AuditResult.OK);
        return view(e);
    }

    /** Removes an event: its months count again in every forecast made after. */
    @Transactional
    public void delete(long id) {
        Optional<EventEntity> event = events.findForChange(id);
        if (event.isEmpty()) {
            ProblemException refusal = ProblemException.notFound("Event " + id);
            audit.recordRefusal(EVENT_DELETE, EVENT, id, refusal);
            throw refusal;
        }
        events.delete(event.get());
        audit.record(EVENT_DELETE, EVENT, id, AuditResult.OK);
    }

    /**
     * The events that cover the days {@code from}..{@code to} for an organisation, the shortest first: a
     * one-month broadcast explains a peak better than a law in force for years.
     */
    public static List<EventEntity> covering(List<EventEntity> events, Organisation organisation, LocalDate from,
            LocalDate to) {
        return events.stream()
                .filter(e -> e.affects(organisation) && e.overlaps(from, to))
                .sorted(Comparator.comparing((EventEntity e) -> e.endDate == null)
                        .thenComparing(e -> e.endDate == null ? 0L : e.endDate.toEpochDay() - e.startDate.toEpochDay()))
                .toList();
    }

    static EventView view(EventEntity e) {
        return new EventView(e.id, e.name, e.kind, e.startDate, e.endDate, List.copyOf(e.organisations));
    }
}
