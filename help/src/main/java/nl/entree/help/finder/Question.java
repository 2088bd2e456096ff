package nl.entree.help.finder;

import java.util.List;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * The help finder's questions, one per page, in the order they are asked. Danger comes first, so that a person in
 * danger is sent to 112 before anything else is asked. {@code field} is the form field that carries the answer.
 */
public enum Question {
    DANGER("danger", false, List.of("YES", "NO")),
    WHO("who", false, names(CallerRole.values())),
    WHAT("what", true, names(IncidentType.values())),
    /** Where it happened: triage's rules send a child abused at home to Veilig Thuis, and sport to CVSN. */
    SETTING("setting", false, List.of(Setting.HOME.name(), Setting.SPORT.name(), Setting.EDUCATION.name(),
            Setting.WORK.name(), Setting.ONLINE.name(), Setting.OTHER.name(), Setting.UNKNOWN.name())),
    WHEN("when", false, names(TimeSinceIncident.values())),
    AGE("age", false, List.of(VictimAgeGroup.UNDER_12.name(), VictimAgeGroup.AGE_12_17.name(),
            VictimAgeGroup.ADULT.name(), VictimAgeGroup.UNKNOWN.name())),
    REGION("region", false, regions());

    /** The answer "I don't know my region": the national lines are shown. */
    public static final String UNKNOWN_REGION = "UNKNOWN";

    private final String field;
    private final boolean several;
    private final List<String> choices;

    Question(String field, boolean several, List<String> choices) {
        this.field = field;
        this.several = several;
        this.choices = choices;
    }

    public String field() {
        return field;
    }

    /** Whether more than one answer may be chosen (check boxes rather than radio buttons). */
    public boolean several() {
        return several;
    }

    public List<String> choices() {
        return choices;
    }

    /**
     * The question after this one, answered or not, or null after the last. Not the next unanswered one: a person who
     * went back, or changes their answers, sees each question in turn with the answer kept, instead of being sent
     * past the ones they came back for.
     */
    public Question next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    public int number() {
        return ordinal() + 1;
    }

    public static int count() {
        return values().length;
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> regions() {
        List<String> all = new java.util.ArrayList<>(names(Region.values()));
        all.add(UNKNOWN_REGION);
        return List.copyOf(all);
    }
}
