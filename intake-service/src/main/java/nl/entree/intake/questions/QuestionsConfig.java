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

    /**
     * How long a form sent again gets its question a second code: a double click, or the person's retry after help
     * gave up waiting for an answer that was lost. The first code keeps working. Later it is a 409: on a shared device
     * it is more likely someone else pressing Back, and any code handed to them would give them the answer.
     */
    @WithDefault("PT2M")
    Duration sentAgainWithin();
}
