package nl.entree.directory.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row saying where the directory's content came from. */
@Entity
@Table(name = "directory_origin")
public class OriginEntity {

    public static final int ONLY = 1;

    @Id
    @Column(name = "id")
    public int id = ONLY;

    @Column(name = "source", nullable = false)
    public String source;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(name = "check_before_use", nullable = false)
    public boolean checkBeforeUse;

    @Column(name = "note", nullable = false)
    public String note;
}
