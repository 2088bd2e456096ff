package nl.entree.forecast.events;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import nl.entree.common.vocabulary.Organisation;

@Entity
@Table(name = "event")
public class EventEntity extends PanacheEntityBase {

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

    /** Comma-separated; empty means every organisation. */
    public String organisations;

    public Set<Organisation> organisationSet() {
        if (organisations == null || organisations.isBlank()) {
            return EnumSet.noneOf(Organisation.class);
        }
        return Arrays.stream(organisations.split(",")).map(String::strip).map(Organisation::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Organisation.class)));
    }

    public boolean affects(Organisation organisation) {
        Set<Organisation> set = organisationSet();
        return set.isEmpty() || set.contains(organisation);
    }

    /** True when the event overlaps the days {@code from}..{@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
    }
}
