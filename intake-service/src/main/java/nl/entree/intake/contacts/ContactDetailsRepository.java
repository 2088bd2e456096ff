package nl.entree.intake.contacts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The encrypted details; which key a row is under is read from its values, never from a column of its own. */
@ApplicationScoped
public class ContactDetailsRepository implements PanacheRepositoryBase<ContactDetails, UUID> {

    /** Each value names its key in its first byte; a row's fields are always written together, under one key. */
    private static final String KEY_OF_ROW =
            "coalesce(get_byte(name_enc, 0), get_byte(phone_enc, 0), get_byte(email_enc, 0))";
    private static final String ALL_UNDER_CONFIGURED = "(coalesce(get_byte(name_enc, 0) in (:configured), true)"
            + " and coalesce(get_byte(phone_enc, 0) in (:configured), true)"
            + " and coalesce(get_byte(email_enc, 0) in (:configured), true))";

    /** How many rows each key encrypts, by key id. */
    public Map<Integer, Long> rowsPerKey() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (Object row : getEntityManager().createNativeQuery("select " + KEY_OF_ROW + " as key_id, count(*) "
                + "from contact_details where " + KEY_OF_ROW + " is not null group by 1 order by 1").getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /**
     * Up to {@code batch} rows under another key than {@code current}, every value of them under one of
     * {@code configured}, whose id comes after {@code after}, in order, locked for this transaction. Rows another
     * transaction holds are skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockUnderOtherKeys(int current, Collection<Integer> configured, UUID after, int batch) {
        return getEntityManager().createNativeQuery("select contact_id from contact_details where " + KEY_OF_ROW
                        + " <> :current and " + ALL_UNDER_CONFIGURED + " and contact_id > :after order by contact_id"
                        + " limit :batch for update skip locked")
                .setParameter("current", current)
                .setParameter("configured", configured)
                .setParameter("after", after)
                .setParameter("batch", batch)
                .getResultList();
    }

    public long countUnderOtherKeys(int current) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from contact_details where "
                + KEY_OF_ROW + " <> :current").setParameter("current", current).getSingleResult()).longValue();
    }

    /** Rows with a value sealed with a key that is not one of {@code configured}. */
    public long countUnderOtherThan(Collection<Integer> configured) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from contact_details where not "
                + ALL_UNDER_CONFIGURED).setParameter("configured", configured).getSingleResult()).longValue();
    }
}
