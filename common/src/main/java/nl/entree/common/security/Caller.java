package nl.entree.common.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** Who is asking: the verified token's subject, roles, organisation and region. */
@RequestScoped
public class Caller {

    private final JsonWebToken jwt;

    public Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String subject() {
        String name = jwt.getName();
        return name == null ? "anonymous" : name;
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** The roles from the token's {@code groups}, sorted, for the audit trail. */
    public List<String> roles() {
        return jwt.getGroups() == null ? List.of() : jwt.getGroups().stream().sorted().toList();
    }

    public boolean isCasemanager() {
        return hasRole(Roles.CASEMANAGER);
    }

    public boolean isCoordinator() {
        return hasRole(Roles.COORDINATOR);
    }

    public Optional<Organisation> organisation() {
        return claim("org").flatMap(value -> parse(Organisation.class, value));
    }

    /** The caller's organisation; a casemanager's token without a valid {@code org} may do nothing. */
    public Organisation requireOrganisation() {
        return organisation().orElseThrow(() -> ProblemException.forbidden(
                "Your token carries no valid organisation (claim 'org')."));
    }

    public Optional<Region> region() {
        return claim("region").flatMap(value -> parse(Region.class, value));
    }

    private Optional<String> claim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        return Optional.of(text);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
