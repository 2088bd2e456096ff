package nl.entree.common.vocabulary;

import java.util.List;

/** A Dutch municipality (CBS code, such as GM0363), the safety region it lies in, and the other names it goes by. */
public record Municipality(String code, String name, Region region, List<String> alsoKnownAs) {

    public Municipality {
        alsoKnownAs = List.copyOf(alsoKnownAs);
    }
}
