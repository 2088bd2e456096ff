package nl.entree.triage.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.triage.audit.AuditTerms;

/**
 * Publishes, activates and serves rule sets. A published version never changes, so each is compiled once
 * and kept; which version is active is read from the database on every decision, so that every instance
 * switches as soon as the activation commits.
 */
@ApplicationScoped
public class RuleSetService {

    private static final long PUBLISH_LOCK = 0x7269_6c65_7365_74L;

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Integer, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

    public RuleSetService(EntityManager em, Caller caller, AuditTrail audit, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public TriageDecision evaluate(Assessment assessment) {
        return active().evaluate(assessment);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CompiledRuleSet active() {
        List<Integer> versions = em.createQuery("select r.version from RuleSetEntity r where r.active", Integer.class)
                .getResultList();
        if (versions.isEmpty()) {
            throw ProblemException.unavailable("No rule set is active.");
        }
        return compiled(versions.get(0)).orElseThrow();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CompiledRuleSet> compiled(int version) {
        CompiledRuleSet cached = compiled.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        RuleSetEntity entity = em.find(RuleSetEntity.class, version);
        if (entity == null) {
            return Optional.empty();
        }
        return Optional.of(compiled.computeIfAbsent(version, v -> RuleSetCompiler.compile(entity.document, v)));
    }

    @Transactional
    public List<RuleSetView> list() {
        return em.createQuery("from RuleSetEntity r order by r.version", RuleSetEntity.class).getResultList().stream()
                .map(RuleSetService::view).toList();
    }

    @Transactional
    public Optional<RuleSetView> activeView() {
        return em.createQuery("from RuleSetEntity r where r.active", RuleSetEntity.class).getResultStream()
                .findFirst().map(RuleSetService::view);
    }

    @Transactional
    public Optional<RuleSetView> find(int version) {
        return Optional.ofNullable(em.find(RuleSetEntity.class, version)).map(RuleSetService::view);
    }

    /** Checks the whole document first: nothing is stored unless all of it is valid. */
    @Transactional
    public RuleSetView publish(JsonNode document) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, PUBLISH_LOCK).getSingleResult();
        Integer last = em.createQuery("select max(r.version) from RuleSetEntity r", Integer.class).getSingleResult();
        int version = last == null ? 1 : last + 1;
        CompiledRuleSet rules = RuleSetCompiler.compile(document, version);
        RuleSetEntity entity = new RuleSetEntity();
        entity.version = version;
        entity.document = document;
        entity.active = false;
        entity.publishedAt = Instant.now(clock);
        entity.publishedBy = caller.subject();
        em.persist(entity);
        compiled.put(version, rules);
        audit.record("RULE_SET_PUBLISH", AuditTerms.RULE_SET, version, AuditResult.OK);
        return view(entity);
    }

    @Transactional
    public Optional<RuleSetView> activate(int version) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, PUBLISH_LOCK).getSingleResult();
        RuleSetEntity target = em.find(RuleSetEntity.class, version);
        if (target == null) {
            return Optional.empty();
        }
        if (!target.active) {
            em.createQuery("update RuleSetEntity r set r.active = false where r.active").executeUpdate();
            em.flush();
            em.refresh(target);
            target.active = true;
        }
        audit.record("RULE_SET_ACTIVATE", AuditTerms.RULE_SET, version, AuditResult.OK);
        return Optional.of(view(target));
    }

    private static RuleSetView view(RuleSetEntity e) {
        JsonNode description = e.document.get("description");
        return new RuleSetView(e.version, e.active, e.publishedAt, e.publishedBy,
                description == null ? null : description.asText(), e.document);
    }
}
