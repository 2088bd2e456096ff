package nl.entree.intake.crypto;

import java.net.URI;
import java.util.List;

import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;

/**
 * intake's answers to a read that needs a value no configured key opens ({@link FieldCipher.UnreadableValue}):
 * 500 problem+json with a type of its own. Not a 4xx: the request is fine. Not a 503: trying again will not help,
 * and a client that shows every failure as "try later" would send its reader back for ever; the type lets it say
 * what happened instead. Whoever answers with one audits the read as refused and keeps that record.
 */
public enum UnreadableProblem {

    CONTACT_DETAILS("contact-details-unreadable", "Contact details unreadable",
            "This contact's details are stored, but cannot be decrypted: they are damaged, or sealed with a key that "
                    + "is no longer configured. Trying again will not help; tell an administrator which contact this "
                    + "is. The contact list still shows the rest of it."),

    QUESTION("question-unreadable", "Question unreadable",
            "This question is stored, but it or its answer cannot be decrypted: it is damaged, or sealed with a key "
                    + "that is no longer configured. Trying again will not help; tell an administrator which question "
                    + "this is. The question list still shows it, marked unreadable."),

    /**
     * For the person at the front door, who asked and holds the code: the same type, and nothing of the question, not
     * even whether it was answered; what to do instead of coming back.
     */
    QUESTION_AT_PICKUP("question-unreadable", "Question unreadable",
            "The question with this code, and any answer to it, cannot be read. Trying again will not help: ask the "
                    + "question again, or get in touch with a help organisation directly.");

    private final Problem problem;

    UnreadableProblem(String type, String title, String detail) {
        problem = new Problem(URI.create("urn:entree:problem:" + type), title, 500, detail, null, List.of());
    }

    public ProblemException exception() {
        return new ProblemException(problem);
    }
}
