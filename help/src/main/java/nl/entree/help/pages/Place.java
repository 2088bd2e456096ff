package nl.entree.help.pages;

import nl.entree.common.vocabulary.Municipalities;
import nl.entree.common.vocabulary.Municipality;
import nl.entree.help.finder.Question;

/**
 * The municipality typed on the region question, for a person who knows where they live but not what their safety
 * region is called. Its region answers the question; the name itself goes nowhere and is not kept. Unknown: it is
 * not on the list, or it lies in another region than the one chosen, which the page then says.
 * {@code elsewhere} is that second case: the page may name the municipality in the list's spelling, and its region,
 * since both are the list's and not what the person typed.
 */
public record Place(String typed, Municipality municipality, boolean unknown, boolean elsewhere) {

    static final Place NONE = new Place(null, null, false, false);

    static Place read(String place, String region) {
        String typed = place == null ? "" : place.strip();
        if (typed.isEmpty()) {
            return NONE;
        }
        Municipality municipality = Municipalities.named(typed).orElse(null);
        boolean chosen = isRegion(region);
        boolean elsewhere = municipality != null && chosen && !region.equals(municipality.region().name());
        return new Place(typed, municipality, municipality == null || elsewhere, elsewhere);
    }

    /** The region answer: the one chosen, or else the one the municipality lies in ("weet ik niet" included). */
    String region(String chosen) {
        return isRegion(chosen) || municipality == null ? chosen : municipality.region().name();
    }

    private static boolean isRegion(String region) {
        return region != null && !region.isBlank() && !Question.UNKNOWN_REGION.equals(region);
    }
}
