package nl.entree.common.vocabulary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

public enum IncidentType {
    RAPE, SEXUAL_ASSAULT, SEXUAL_ABUSE, SEXUAL_HARASSMENT, SEXTORTION, IMAGE_BASED_ABUSE, ONLINE_GROOMING,
    DOMESTIC_VIOLENCE, CHILD_ABUSE, EXPLOITATION, OTHER;

    /** "Sexual violence" in the sense of the default rule set. */
    public static final Set<IncidentType> SEXUAL_VIOLENCE = EnumSet.of(RAPE, SEXUAL_ASSAULT, SEXUAL_ABUSE);

    /** "A sexual type": sexual violence and the other sexually transgressive types. */
    public static final Set<IncidentType> SEXUAL = EnumSet.of(RAPE, SEXUAL_ASSAULT, SEXUAL_ABUSE, SEXUAL_HARASSMENT,
            SEXTORTION, IMAGE_BASED_ABUSE, ONLINE_GROOMING, EXPLOITATION);

    public static boolean anySexualViolence(Collection<IncidentType> types) {
        return types.stream().anyMatch(SEXUAL_VIOLENCE::contains);
    }
}
