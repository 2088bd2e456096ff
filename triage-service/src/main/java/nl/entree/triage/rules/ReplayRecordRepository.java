package nl.entree.triage.rules;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ReplayRecordRepository implements PanacheRepositoryBase<ReplayRecord, Long> {

    List<ReplayRecord> newestFirst(int version) {
        return list("version = ?1 order by madeAt desc, id desc", version);
    }
}
