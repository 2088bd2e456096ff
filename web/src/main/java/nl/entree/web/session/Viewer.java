package nl.entree.web.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * The signed-in user as the pages see them, or nobody. A stale or forged session cookie makes nobody, not an error:
 * the sign-in page must still open.
 */
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private Boolean signedIn;

    public Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        if (signedIn == null) {
            try {
                signedIn = !identity.isAnonymous();
            } catch (AuthenticationFailedException e) {
                signedIn = false;
            }
        }
        return signedIn;
    }

    public String role() {
        if (!signedIn()) {
            return null;
        }
        for (String role : new String[] {Roles.CASEMANAGER, Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN, Roles.EDITOR}) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return null;
    }

    public boolean casemanager() {
        return signedIn() && identity.hasRole(Roles.CASEMANAGER);
    }

    public boolean coordinator() {
        return signedIn() && (identity.hasRole(Roles.COORDINATOR) || identity.hasRole(Roles.ADMIN));
    }

    public boolean ministry() {
        return signedIn() && (identity.hasRole(Roles.MINISTRY) || identity.hasRole(Roles.ADMIN));
    }

    /**
     * The monitoring screen's figures are for coordinators and ministries only; an admin, who may see the other
     * screens, would follow the link to a refusal.
     */
    public boolean monitors() {
        return signedIn() && (identity.hasRole(Roles.COORDINATOR) || identity.hasRole(Roles.MINISTRY));
    }

    /** Corrects the sociale kaart; an admin may too. */
    public boolean editor() {
        return signedIn() && (identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN));
    }

    public String organisation() {
        return claim("org", Organisation.class);
    }

    public String region() {
        return claim("region", Region.class);
    }

    /** The session token's id ({@code jti}), which signing out revokes. */
    public Optional<String> tokenId() {
        return signedIn() && identity.getPrincipal() instanceof JsonWebToken jwt
                ? Optional.ofNullable(jwt.getTokenID())
                : Optional.empty();
    }

    /**
     * Signed in by the identity provider (Quarkus's code-flow session), not on the development page: only such a
     * session has an access token besides its principal, the ID token.
     */
    public boolean byProvider() {
        return signedIn() && identity.getCredential(AccessTokenCredential.class) != null;
    }

    /**
     * The session the page's CSRF token is bound to. Signed in by the identity provider, that is the provider's
     * session ({@code sid}): quarkus-oidc refreshes the short-lived ID token while the user works, and every refreshed
     * one has a new {@code jti}, so a binding to it would refuse the forms in every open tab, and the session
     * extension's own request, after each refresh. A provider that names no {@code sid} leaves the {@code jti}.
     */
    public Optional<String> sessionBinding() {
        return providerSession().or(this::tokenId);
    }

    /** The identity provider's session ({@code sid} of its ID token), when it signed the user in and names one. */
    public Optional<String> providerSession() {
        return byProvider() && identity.getPrincipal() instanceof JsonWebToken idToken
                ? text(idToken.getClaim("sid"))
                : Optional.empty();
    }

    /** When the session ends (the token's {@code exp}, in seconds since 1970), so the page can warn before it does. */
    public long expiresAt() {
        return signedIn() && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getExpirationTime() : 0;
    }

    /**
     * Whose draft a form kept in this browser tab is, so that someone who signs in there after the session ended (or
     * over it) does not get another's unsaved contact. Signed in by the identity provider, the person is the ID
     * token's {@code sub}, the provider's opaque and lasting id (the principal's name may be a username or an e-mail
     * address, which may change). The development sign-in names no person, only what was chosen on it: the role,
     * organisation and region stand for one. A digest: the page compares it, and need not show the id itself.
     */
    public String draftOwner() {
        if (!signedIn()) {
            return "";
        }
        String person = identity.getCredential(AccessTokenCredential.class) != null
                && identity.getPrincipal() instanceof JsonWebToken idToken
                ? "subject:" + idToken.getSubject()
                : "chosen:" + role() + "/" + organisation() + "/" + region();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(person.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Optional<String> subject() {
        return signedIn() ? Optional.ofNullable(identity.getPrincipal().getName()) : Optional.empty();
    }

    /**
     * From the verified principal rather than an injected token: with quarkus-oidc present, the injectable
     * JsonWebToken is the OIDC one, empty when the session came from a development token.
     */
    private <E extends Enum<E>> String claim(String name, Class<E> type) {
        if (!signedIn() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Optional<String> text = text(jwt.getClaim(name));
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.get()).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Optional<String> text(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        return Optional.of(claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString());
    }

    /** Where a user of this role starts. */
    public String home() {
        if (casemanager()) {
            return "/cases";
        }
        if (coordinator()) {
            return "/board";
        }
        if (ministry()) {
            return "/projections";
        }
        if (editor()) {
            return "/sociale-kaart";
        }
        return "/sign-in";
    }
}
