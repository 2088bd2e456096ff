package nl.entree.help.backend;

/** A typed pickup code, sent in a body. */
public record PickupCode(String code) {

    @Override
    public String toString() {
        return "PickupCode[not shown]";
    }
}
