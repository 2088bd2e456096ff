package nl.entree.help.finder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.common.web.QueryParams;

/**
 * What the visitor answered so far. It lives only in the page: hidden fields in a POST body, never a URL, a cookie
 * or a log line ({@link #toString()} says nothing). A value that is not one of the choices is refused with a 400 that
 * names the field.
 */
public record Answers(Boolean danger, CallerRole who, Set<IncidentType> what, Setting setting,
        TimeSinceIncident when, VictimAgeGroup age, String region) {

    public Answers {
        what = what == null || what.isEmpty() ? Set.of() : Set.copyOf(what);
    }

    public static Answers none() {
        return new Answers(null, null, Set.of(), null, null, null, null);
    }

    /** Reads the form's fields; blank means not answered yet. */
    public static Answers read(String danger, String who, List<String> what, String setting, String when, String age,
            String region) {
        Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
        for (String type : what == null ? List.<String>of() : what) {
            if (!type.isBlank()) {
                types.add(QueryParams.requiredEnum("what", type, IncidentType.class));
            }
        }
        YesNo inDanger = QueryParams.optionalEnum("danger", blankToNull(danger), YesNo.class);
        String regionAnswer = blankToNull(region);
        if (regionAnswer != null && !Question.UNKNOWN_REGION.equals(regionAnswer)) {
            QueryParams.requiredEnum("region", regionAnswer, Region.class);
        }
        return new Answers(inDanger == null ? null : inDanger == YesNo.YES,
                QueryParams.optionalEnum("who", blankToNull(who), CallerRole.class), types,
                QueryParams.optionalEnum("setting", blankToNull(setting), Setting.class),
                QueryParams.optionalEnum("when", blankToNull(when), TimeSinceIncident.class),
                QueryParams.optionalEnum("age", blankToNull(age), VictimAgeGroup.class), regionAnswer);
    }

    private enum YesNo { YES, NO }

    public boolean answered(Question question) {
        return switch (question) {
            case DANGER -> danger != null;
            case WHO -> who != null;
            case WHAT -> !what.isEmpty();
            case SETTING -> setting != null;
            case WHEN -> when != null;
            case AGE -> age != null;
            case REGION -> region != null;
        };
    }

    /** Every answer as the form fields that carry it, to be posted again with the next page. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        if (danger != null) {
            fields.add(new Field("danger", danger ? "YES" : "NO"));
        }
        if (who != null) {
            fields.add(new Field("who", who.name()));
        }
        what.stream().sorted().forEach(t -> fields.add(new Field("what", t.name())));
        if (setting != null) {
            fields.add(new Field("setting", setting.name()));
        }
        if (when != null) {
            fields.add(new Field("when", when.name()));
        }
        if (age != null) {
            fields.add(new Field("age", age.name()));
        }
        if (region != null) {
            fields.add(new Field("region", region));
        }
        return fields;
    }

    /** The fields of every answer but the one to {@code question}, which the page asks again. */
    public List<Field> fieldsBut(Question question) {
        return fields().stream().filter(f -> !f.name().equals(question.field())).toList();
    }

    /** The chosen values of one question, for pre-selecting them when it is asked again. */
    public Set<String> chosen(Question question) {
        Set<String> chosen = new LinkedHashSet<>();
        fields().stream().filter(f -> f.name().equals(question.field())).forEach(f -> chosen.add(f.value()));
        return chosen;
    }

    /** Whether the visitor asks about what happened to someone else: the advice then speaks of that person. */
    public boolean aboutSomeoneElse() {
        return who == CallerRole.RELATIVE || who == CallerRole.BYSTANDER || who == CallerRole.PROFESSIONAL;
    }

    /** Whether the visitor says they did it, or fear they will: the advice must not speak to them as the victim. */
    public boolean didIt() {
        return who == CallerRole.PERPETRATOR;
    }

    public Region knownRegion() {
        return region == null || Question.UNKNOWN_REGION.equals(region) ? null : Region.valueOf(region);
    }

    /**
     * The assessment triage evaluates: anonymous, on the self-check channel, with nothing that could identify anyone
     * and no free text. Triage stores nothing for an evaluation.
     */
    public Assessment toAssessment(Instant now) {
        return new Assessment(now, Channel.SELF_CHECK, who, true, what, setting == null ? Setting.UNKNOWN : setting,
                null, when, age, knownRegion(), Set.of(), Boolean.TRUE.equals(danger), false, null);
    }

    @Override
    public String toString() {
        return "Answers[not shown]";
    }

    /** A hidden form field. */
    public record Field(String name, String value) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
