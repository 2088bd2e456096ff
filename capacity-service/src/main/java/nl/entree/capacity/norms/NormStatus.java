package nl.entree.capacity.norms;

/** Whether a case type has a norm on the date asked about. {@code NO_NORM} is an answer, not an error. */
public enum NormStatus {
    REGISTERED,
    NO_NORM
}
