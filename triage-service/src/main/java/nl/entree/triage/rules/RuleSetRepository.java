package nl.entree.triage.rules;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class RuleSetRepository implements PanacheRepositoryBase<RuleSetEntity, Integer> {

    /** Any number, the same in every instance: publishing and activating take it so that they never interleave. */
    Optional<Integer> activeVersion() {
        return getEntityManager().createQuery("select r.version from RuleSetEntity r where r.active", Integer.class)
                .getResultStream().findFirst();
    }

    Optional<RuleSetEntity> active() {
        return find("active = true").firstResultOptional();
    }

    List<RuleSetEntity> allByVersion() {
        return list("order by version");
    }

    int nextVersion() {
        Integer last = getEntityManager().createQuery("select max(r.version) from RuleSetEntity r", Integer.class)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Deactivates the active version, and reloads {@code target}, which the bulk update may have changed. */
    void deactivateAll(RuleSetEntity target) {
        update("active = false where active");
        flush();
        getEntityManager().refresh(target);
    }
}
