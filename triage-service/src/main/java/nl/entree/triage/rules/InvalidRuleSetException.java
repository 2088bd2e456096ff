package nl.entree.triage.rules;

import java.util.List;

import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;

/** A rule-set document with errors; {@link #violations()} lists all of them. */
class InvalidRuleSetException extends ProblemException {

    private final transient List<Problem.Violation> violations;

    public InvalidRuleSetException(List<Problem.Violation> violations) {
        super(Problem.of(400, "Bad Request", "The rule set is not valid.", violations));
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
