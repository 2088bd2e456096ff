package nl.entree.triage.milestones;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class MilestonePlanRepository implements PanacheRepositoryBase<MilestonePlanEntity, Integer> {

    Optional<MilestonePlanEntity> active() {
        return find("active = true").firstResultOptional();
    }

    List<MilestonePlanEntity> allByVersion() {
        return list("order by version");
    }

    int nextVersion() {
        Integer last = getEntityManager().createQuery("select max(p.version) from MilestonePlanEntity p",
                Integer.class).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Deactivates the active version, and reloads {@code target}, which the bulk update may have changed. */
    void deactivateAll(MilestonePlanEntity target) {
        update("active = false where active");
        flush();
        getEntityManager().refresh(target);
    }
}
