package nl.entree.common.vocabulary;

/**
 * What the person says made them get in touch now (recommendation 4 of the letter: the effect of a media peak
 * cannot be measured without it). Asked, not inferred: the event calendar is matched to months only afterwards.
 */
public enum ContactPrompt {
    /** A broadcast, an article, a post: something in the news or on social media. */
    MEDIA,
    /** A public campaign, such as "Wat kan mij helpen". */
    CAMPAIGN,
    /** Someone advised it: a friend, a GP, a teacher. */
    ADVICE,
    /** A change in the law, such as the Sexual Offences Act of July 2024. */
    NEW_LAW,
    OTHER,
    /** Asked, and the person did not say or did not know. */
    UNKNOWN;

    /** Prompts that a short label ("NOS-uitzending 12 maart") can name. */
    public boolean takesLabel() {
        return this == MEDIA || this == CAMPAIGN || this == NEW_LAW || this == OTHER;
    }
}
