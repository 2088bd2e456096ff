package nl.entree.triage.rules;

import java.util.Collection;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * An assessment field a condition can test. Every value becomes one bit, so that a condition on a field is
 * a single AND of the assessment's bits with the condition's bits.
 */
public enum Field {
    INCIDENT_TYPES("incidentTypes", IncidentType.class, true),
    SETTING("setting", Setting.class, false),
    TIME_SINCE_INCIDENT("timeSinceIncident", TimeSinceIncident.class, false),
    VICTIM_AGE_GROUP("victimAgeGroup", VictimAgeGroup.class, false),
    NEEDS("needs", Need.class, true),
    CHANNEL("channel", Channel.class, false),
    CALLER_ROLE("callerRole", CallerRole.class, false);

    private static final Field[] ALL = values();

    private final String jsonName;
    private final Class<? extends Enum<?>> type;
    private final boolean multiValued;

    Field(String jsonName, Class<? extends Enum<?>> type, boolean multiValued) {
        this.jsonName = jsonName;
        this.type = type;
        this.multiValued = multiValued;
    }

    public String jsonName() {
        return jsonName;
    }

    /** True when an assessment holds a set of values (incident types, needs), false when it holds exactly one. */
    public boolean multiValued() {
        return multiValued;
    }

    public Enum<?>[] constants() {
        return type.getEnumConstants();
    }

    /** Every value of the field as a bit. */
    public long universe() {
        return (1L << constants().length) - 1;
    }

    public static Field byJsonName(String name) {
        for (Field f : ALL) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The bit of each value in the assessment, per field, indexed by {@link #ordinal()}. */
    public static long[] facts(Assessment a) {
        return facts(a, a.effectiveTimeSinceIncident());
    }

    /** As {@link #facts(Assessment)}, with the time since the incident already derived. */
    public static long[] facts(Assessment a, TimeSinceIncident timing) {
        long[] facts = new long[ALL.length];
        facts[INCIDENT_TYPES.ordinal()] = bits(a.incidentTypes());
        facts[SETTING.ordinal()] = bit(a.setting());
        facts[TIME_SINCE_INCIDENT.ordinal()] = bit(timing);
        facts[VICTIM_AGE_GROUP.ordinal()] = bit(a.victimAgeGroup());
        facts[NEEDS.ordinal()] = bits(a.needs());
        facts[CHANNEL.ordinal()] = bit(a.channel());
        facts[CALLER_ROLE.ordinal()] = bit(a.callerRole());
        return facts;
    }

    private static long bit(Enum<?> value) {
        return value == null ? 0L : 1L << value.ordinal();
    }

    private static long bits(Collection<? extends Enum<?>> values) {
        long bits = 0L;
        for (Enum<?> value : values) {
            bits |= 1L << value.ordinal();
        }
        return bits;
    }

    static int count() {
        return ALL.length;
    }
}
