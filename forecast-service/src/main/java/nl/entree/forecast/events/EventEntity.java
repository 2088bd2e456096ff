package nl.entree.forecast.events;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.common.vocabulary.Organisation;

@Entity
@Table(name = "event")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Null: still going on (a law). */
    @Column(name = "end_date")
    public LocalDate endDate;

    /** Empty means every organisation. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public SortedSet<Organisation> organisations = new TreeSet<>();

    /** {@code organisation} null: a series over every organisation, which an event of any of them touches. */
    public boolean affects(Organisation organisation) {
        return organisation == null || organisations.isEmpty() || organisations.contains(organisation);
    }

    /** True when the event overlaps the days {@code from}..{@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
    }
}
