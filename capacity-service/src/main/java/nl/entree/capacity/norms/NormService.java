package nl.entree.capacity.norms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.versions.AmendmentKind;
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
    static final String NORM_CORRECT = "NORM_CORRECT";
    static final String NORM_WITHDRAW = "NORM_WITHDRAW";

    private final HourNormRepository repository;
    private final HourNormAmendmentRepository amendments;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock versions;

    public NormService(HourNormRepository repository, HourNormAmendmentRepository amendments, AuditTrail audit,
            Clock clock, TransactionLock versions) {
        this.repository = repository;
        this.amendments = amendments;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    @Transactional
    public NormBook book() {
        return new NormBook(repository.allVersions(), amendments.corrections());
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
     * Registers a new version. It may not start in the past, nor more than five years ahead, and it must start
     * after the version it closes. A mistake in a version is corrected in place, not by a version after it.
     */
    @Transactional
    public NormView register(Organisation organisation, CaseType caseType, NormUpdate update, Caller caller) {
        // Refused for its form alone, the request touched nothing and is not recorded.
        requireBelongs(organisation, caseType);
        requireOrdered(update.lowHours(), update.expectedHours(), update.highHours());
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
        return NormView.of(norm, List.of());
    }

    /**
     * Corrects the version that starts on {@code validFrom} in place: it keeps its dates, and what it said before is
     * kept with the reason. Every month counted with it changes, past ones too (a first version sets every month
     * before it): that is the point of a correction, and why it is audited and needs a reason.
     */
    @Transactional
    public NormView correct(Organisation organisation, CaseType caseType, LocalDate validFrom,
            NormCorrection correction, Caller caller) {
        requireBelongs(organisation, caseType);
        requireOrdered(correction.lowHours(), correction.expectedHours(), correction.highHours());
        try {
            caller.requireNational("An hour norm applies in every region");
            versions.hold("hour-norm:" + caseType);
            HourNorm norm = repository.versionForUpdate(caseType, validFrom)
                    .orElseThrow(() -> noSuchVersion(caseType, validFrom));
            amendments.persist(HourNormAmendment.of(norm, AmendmentKind.CORRECTED, correction.reason().strip(),
                    caller.subject(), clock.instant()));
            norm.lowHours = correction.lowHours();
            norm.expectedHours = correction.expectedHours();
            norm.highHours = correction.highHours();
            norm.source = correction.source().strip();
            audit.record(NORM_CORRECT, NORM, caseType, AuditResult.OK);
            return NormView.of(norm, amendments.correctionsOf(norm.id).stream().map(NormView.Correction::of)
                    .toList());
        } catch (ProblemException refusal) {
            audit.recordRefusal(NORM_CORRECT, NORM, caseType, refusal);
            throw refusal;
        }
    }

    /**
     * Withdraws a version that has not started yet, such as one dated 2207 for 2027: the version before it runs on
     * to where the withdrawn one ended. A started version is a 409: figures were counted with it; correct it.
     */
    @Transactional
    public void withdraw(Organisation organisation, CaseType caseType, LocalDate validFrom, Caller caller) {
        requireBelongs(organisation, caseType);
        try {
            caller.requireNational("An hour norm applies in every region");
            versions.hold("hour-norm:" + caseType);
            HourNorm norm = repository.versionForUpdate(caseType, validFrom)
                    .orElseThrow(() -> noSuchVersion(caseType, validFrom));
            DatedVersions.requireNotStarted(norm.validFrom, today(), "The norm for " + caseType + " from "
                    + validFrom);
            Optional<HourNorm> before = repository.versionEndingForUpdate(caseType, norm.validFrom);
            amendments.persist(HourNormAmendment.of(norm, AmendmentKind.WITHDRAWN, null, caller.subject(),
                    clock.instant()));
            repository.delete(norm);
            // Deleted before the version before it reopens: two open versions would break the table's unique index.
            repository.flush();
            before.ifPresent(b -> b.validTo = norm.validTo);
            audit.record(NORM_WITHDRAW, NORM, caseType, AuditResult.OK);
        } catch (ProblemException refusal) {
            audit.recordRefusal(NORM_WITHDRAW, NORM, caseType, refusal);
            throw refusal;
        }
    }

    private static ProblemException noSuchVersion(CaseType caseType, LocalDate validFrom) {
        return ProblemException.notFound("A version of the norm for " + caseType + " from " + validFrom);
    }

    private static void requireOrdered(double low, double expected, double high) {
        if (low > expected || expected > high) {
            throw ProblemException.badRequest("expectedHours", "must lie between lowHours and highHours");
        }
    }

    public static void requireBelongs(Organisation organisation, CaseType caseType) {
        if (caseType.organisation() != organisation) {
            throw ProblemException.badRequest("caseType", caseType + " belongs to " + caseType.organisation()
                    + ", not to " + organisation);
        }
    }
}
