package nl.entree.help.backend;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import nl.entree.common.problem.Problem;

/**
 * The problem types of intake's that help tells apart (intake-service/README.md, "Questions from the front door").
 * help words its page by the type alone: intake may reword its English without changing what the person is told.
 */
public enum IntakeProblemType {

    QUESTION_EMPTY("question-empty"),
    QUESTION_TOO_LONG("question-too-long"),
    QUESTION_HAS_LINK("question-has-link"),
    QUESTION_HAS_MARKUP("question-has-markup"),
    QUESTION_UNREADABLE("question-unreadable");

    private final URI type;

    IntakeProblemType(String name) {
        type = URI.create("urn:entree:problem:" + name);
    }

    /** Empty for a type help does not know, {@code about:blank} among them: the caller says no more than that. */
    public static Optional<IntakeProblemType> of(Problem problem) {
        return Arrays.stream(values()).filter(known -> known.type.equals(problem.type())).findFirst();
    }
}
