package nl.entree.forecast.scenarios;

public enum EffectKind {
    /** From a month on, for good (a new law). */
    STEP,
    /** For a number of months from a month on (a campaign, a media event). */
    PEAK
}
