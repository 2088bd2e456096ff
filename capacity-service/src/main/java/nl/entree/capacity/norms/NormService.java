package nl.entree.capacity.norms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.versions.DatedVersions;
import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
public class NormService {

    static final String NORM = "norm";
    static final String NORM_REGISTER = "NORM_REGISTER";

    private final HourNormRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock versions;

    public NormService(HourNormRepository repository, AuditTrail audit, Clock clock, TransactionLock versions) {
        this.repository = repository;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    @Transactional
    public NormBook book() {
        return new NormBook(repository.allVersions());
    }

    /** One row per case type of the vocabulary, registered or not, as in force on {@code day}. */
    @Transactional
    public List<NormView> all(LocalDate day) {
        NormBook book = book();
        return Arrays.stream(CaseType.values()).map(type -> book.on(type, day)).toList();
    }

    @Transactional
    public List<NormView> history(Organisation organisation, CaseType caseType) {
        requireBelongs(organisation, caseType);
        return book().history(caseType);
    }

    /**
     * Registers a new version. It may not start in the past, so figures already reported stay reproducible,
     * and it must start after the version it closes.
     */
    @Transactional
    public NormView register(Organisation organisation, CaseType caseType, NormUpdate update, Caller caller) {
        // Refused for its form alone, the request touched nothing and is not recorded.
        requireBelongs(organisation, caseType);
        if (update.lowHours() > update.expectedHours() || update.expectedHours() > update.highHours()) {
            throw ProblemException.badRequest("expectedHours", "must lie between lowHours and highHours");
        }
        try {
            return registerChecked(organisation, caseType, update, caller);
        } catch (ProblemException refusal) {
            audit.recordRefusal(NORM_REGISTER, NORM, caseType, refusal);
            throw refusal;
        }
    }

    private NormView registerChecked(Organisation organisation, CaseType caseType, NormUpdate update,
            Caller caller) {
        // Every region's utilisation and requirements count with the same norm.
        caller.requireNational("An hour norm applies in every region");
        LocalDate validFrom = DatedVersions.start(update.validFrom(), today(), "norms");
        versions.hold("hour-norm:" + caseType);
        repository.openVersionForUpdate(caseType).ifPresent(open -> {
            open.validTo = DatedVersions.closeAt(open.validFrom, validFrom, "The norm in force for " + caseType);
            repository.flush();
        });
        HourNorm norm = new HourNorm();
        norm.id = UUID.randomUUID();
        norm.organisation = organisation;
        norm.caseType = caseType;
        norm.lowHours = update.lowHours();
        norm.expectedHours = update.expectedHours();
        norm.highHours = update.highHours();
        norm.source = update.source().strip();
        norm.validFrom = validFrom;
        norm.registeredBy = caller.subject();
        norm.registeredAt = clock.instant();
        repository.persist(norm);
        audit.record(NORM_REGISTER, NORM, caseType, AuditResult.OK);
        return NormView.of(norm);
    }

    public static void requireBelongs(Organisation organisation, CaseType caseType) {
        if (caseType.organisation() != organisation) {
            throw ProblemException.badRequest("caseType", caseType + " belongs to " + caseType.organisation()
                    + ", not to " + organisation);
        }
    }
}
