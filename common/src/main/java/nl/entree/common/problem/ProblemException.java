package nl.entree.common.problem;

import java.util.List;

/** A business rule said no. It becomes a problem+json response with the given status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.of(400, "Bad Request", "The request is not valid.",
                List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException badRequest(List<Problem.Violation> violations) {
        return new ProblemException(Problem.of(400, "Bad Request", "The request is not valid.", violations));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", what + " was not found."));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    /** The request named a version (If-Match) that is no longer the current one. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "Precondition Failed", detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", detail));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "Service Unavailable", detail));
    }
}
