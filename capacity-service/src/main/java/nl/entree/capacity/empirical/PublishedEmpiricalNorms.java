package nl.entree.capacity.empirical;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.db.TransactionLock;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * The years of empirical norms ministries have been shown, each row frozen at its first showing. A first showing
 * holds a lock on the organisation's year, so two at once freeze one row and both show it.
 */
@ApplicationScoped
class PublishedEmpiricalNorms implements PanacheRepositoryBase<PublishedEmpiricalNorm, UUID> {

    private final TransactionLock locks;
    private final Clock clock;

    PublishedEmpiricalNorms(TransactionLock locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    /** The row as first shown; when there is none yet, {@code measured} becomes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    EmpiricalNorms.Row frozen(Organisation organisation, CaseType caseType, Year year,
            Supplier<EmpiricalNorms.Row> measured) {
        locks.hold("empirical-norm:" + organisation + ":" + caseType + ":" + year);
        Optional<PublishedEmpiricalNorm> published = find(
                "organisation = ?1 and caseType = ?2 and year = ?3", organisation, caseType, year.getValue())
                .firstResultOptional();
        if (published.isPresent()) {
            return published.get().row;
        }
        PublishedEmpiricalNorm row = new PublishedEmpiricalNorm();
        row.id = UUID.randomUUID();
        row.organisation = organisation;
        row.caseType = caseType;
        row.year = year.getValue();
        row.row = measured.get();
        row.publishedAt = clock.instant();
        persist(row);
        return row.row;
    }
}
