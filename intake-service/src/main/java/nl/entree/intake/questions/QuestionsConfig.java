package nl.entree.intake.questions;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.questions")
public interface QuestionsConfig {

    /** A question and its answer are erased this long after the answer. */
    @WithDefault("P30D")
    Duration keepAnswered();

    /** A question nobody answered is erased this long after it was asked. */
    @WithDefault("P60D")
    Duration keepUnanswered();

    /**
     * Every pickup takes at least this long, found or not, so that the time of an answer tells nothing about the
     * code. Above the slowest lookup the database normally makes.
     */
    @WithDefault("PT0.4S")
    Duration pickupTime();
}
