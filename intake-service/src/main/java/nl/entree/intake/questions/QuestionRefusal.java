package nl.entree.intake.questions;

import java.net.URI;
import java.util.List;

import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;

/**
 * Why a question's text was refused, as the 400 problem's {@code type}. The type is the API: help tells the person
 * what to change by it alone, so that the English of the title, the detail and the violation may be reworded without
 * changing what help says. The types are listed in the README ("Questions from the front door"); a new reason gets a
 * type of its own, and a type once given keeps its meaning.
 */
enum QuestionRefusal {

    EMPTY("question-empty", "Question empty", "The question has no text.", "must not be empty"),

    TOO_LONG("question-too-long", "Question too long",
            "The question is longer than " + QuestionText.MAX_LENGTH + " characters, counted in UTF-16 units.",
            "must be at most " + QuestionText.MAX_LENGTH + " characters"),

    HAS_LINK("question-has-link", "Question has a link",
            "The question contains a link or a web address; it must be plain text.",
            "must not contain links or web addresses"),

    HAS_MARKUP("question-has-markup", "Question has markup",
            "The question contains HTML or other markup; it must be plain text.", "must be plain text, without HTML");

    private static final String TYPE_PREFIX = "urn:entree:problem:";

    private final Problem problem;

    QuestionRefusal(String type, String title, String detail, String message) {
        problem = new Problem(URI.create(TYPE_PREFIX + type), title, 400, detail, null,
                List.of(new Problem.Violation("question", message)));
    }

    ProblemException exception() {
        return new ProblemException(problem);
    }
}
