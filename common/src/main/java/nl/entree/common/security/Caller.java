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
    private Optional<Region> region;

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

    /**
     * The region a coordinator is bound to; empty when the token has no {@code region} claim (a national role). A
     * ministry's token with one is refused.
     * A claim that is not exactly one region code ({@code "vr13"}, {@code ["VR13"]}) is refused rather than
     * read as absent: absent means "every region", so a misread claim would widen access instead of narrowing it.
     */
    public Optional<Region> region() {
        if (region == null) {
            region = parseRegion();
        }
        return region;
    }

    /**
     * The region a query may cover. A caller bound to a region gets that region, and a request for another one is
     * refused; anyone else gets what they asked for, null meaning every region.
     */
    public Region regionWithin(Region requested) {
        Optional<Region> own = region();
        if (own.isEmpty()) {
            return requested;
        }
        if (requested != null && requested != own.get()) {
            throw ProblemException.forbidden("Your sign-in covers region " + own.get() + " only.");
        }
        return own.get();
    }

    /**
     * Refuses a caller bound to a region what covers every region: national figures, or a change that acts on every
     * region's figures. {@code what} says what it is, as a sentence the 403 starts with.
     */
    public void requireNational(String what) {
        Optional<Region> own = region();
        if (own.isPresent()) {
            throw ProblemException.forbidden(what + "; your token is bound to region " + own.get()
                    + " (claim 'region').");
        }
    }

    private Optional<Region> parseRegion() {
        Object value = jwt.getClaim("region");
        if (value == null) {
            return Optional.empty();
        }
        if (hasRole(Roles.MINISTRY)) {
            // A ministry's figures are national: one region's, beside the national ones, differ by a small count.
            throw ProblemException.forbidden("A ministry's token may not be bound to a region (claim 'region').");
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString()
                : value instanceof String s ? s : null;
        Optional<Region> parsed = text == null ? Optional.empty() : parse(Region.class, text);
        if (parsed.isEmpty()) {
            throw ProblemException.forbidden("Your token's region claim is not one region code such as VR13.");
        }
        return parsed;
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
