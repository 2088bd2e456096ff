package nl.entree.intake.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Human references {@code GE-<year>-<6 digits>}, unique per year. One counter row per year, bumped with an
 * upsert that returns the new value: the row lock makes concurrent registrations take turns, so no number
 * is handed out twice. A rolled-back registration leaves a gap, which is harmless.
 */
@ApplicationScoped
class ReferenceNumbers {

    private final EntityManager em;

    public ReferenceNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number value = (Number) em.createNativeQuery("""
                insert into reference_counter (year, last_value) values (:year, 1)
                on conflict (year) do update set last_value = reference_counter.last_value + 1
                returning last_value""")
                .setParameter("year", year)
                .getSingleResult();
        return String.format("GE-%d-%06d", year, value.longValue());
    }
}
