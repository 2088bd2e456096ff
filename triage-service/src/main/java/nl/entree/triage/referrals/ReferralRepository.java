package nl.entree.triage.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.vocabulary.Region;

@ApplicationScoped
class ReferralRepository implements PanacheRepositoryBase<OnwardReferral, UUID> {

    List<OnwardReferral> ofCase(UUID caseId) {
        return list("caseId = ?1 order by askedOn, recordedAt", caseId);
    }

    /** The referrals that started on a day in {@code [from, to]}, in one region when it is given. */
    List<OnwardReferral> startedBetween(LocalDate from, LocalDate to, Region region) {
        return region == null ? list("startedOn between ?1 and ?2", from, to)
                : list("startedOn between ?1 and ?2 and region = ?3", from, to, region);
    }

    /** Asked on or before {@code day} and, on that day, neither started nor failed: those still waiting. */
    List<OnwardReferral> waitingOn(LocalDate day, Region region) {
        String open = "askedOn <= ?1 and (startedOn is null or startedOn > ?1) and (failedOn is null or failedOn > ?1)";
        return region == null ? list(open, day) : list(open + " and region = ?2", day, region);
    }
}
