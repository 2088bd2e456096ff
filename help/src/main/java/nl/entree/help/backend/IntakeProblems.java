package nl.entree.help.backend;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.common.problem.Problem;

/** intake's problem+json answers, read as common's {@link Problem}, the shape every service answers in. */
@ApplicationScoped
public class IntakeProblems {

    private final ObjectMapper json;

    public IntakeProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Empty for a body that is no problem: a proxy's page, or nothing at all. */
    public Optional<Problem> read(WebApplicationException e) {
        try {
            return Optional.ofNullable(json.readValue(e.getResponse().readEntity(String.class), Problem.class));
        } catch (RuntimeException | IOException notAProblem) {
            return Optional.empty();
        }
    }

    /** The type of intake's problem, if it is one help knows. */
    public Optional<IntakeProblemType> type(WebApplicationException e) {
        return read(e).flatMap(IntakeProblemType::of);
    }
}
