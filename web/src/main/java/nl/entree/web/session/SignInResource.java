package nl.entree.web.session;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import nl.entree.common.security.RevokedTokens;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.WebConfig;
import nl.entree.web.pages.HomeResource;
import nl.entree.web.pages.Pages;

/** Development sign-in: pick a role and an organisation, get a session with a development token. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    static final List<String> ROLES = List.of(Roles.CASEMANAGER, Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN,
            Roles.EDITOR);

    private final WebConfig config;
    private final DevTokens tokens;
    private final Pages pages;
    private final Template signIn;
    private final SecurityIdentity identity;
    private final RevokedTokens revoked;
    private final SignOutEverywhere everywhere;
    private final Csrf csrf;

    public SignInResource(WebConfig config, DevTokens tokens, Pages pages,
            @Location("sign-in.html") Template signIn, SecurityIdentity identity, RevokedTokens revoked,
            SignOutEverywhere everywhere, Csrf csrf) {
        this.identity = identity;
        this.csrf = csrf;
        this.revoked = revoked;
        this.everywhere = everywhere;
        this.config = config;
        this.tokens = tokens;
        this.pages = pages;
        this.signIn = signIn;
    }

    /** {@code terug} is the page to return to after signing in again, such as a form whose draft this tab kept. */
    @GET
    @Path("/sign-in")
    public TemplateInstance form(@QueryParam("terug") String back) {
        return page(null, null, null, false).data("back", HomeResource.localPath(back));
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String role, @RestForm String org, @RestForm String region,
            @RestForm("terug") String back) {
        String next = HomeResource.localPath(back);
        if (!config.devSignIn() || !ROLES.contains(role)) {
            return Response.status(config.devSignIn() ? 400 : 404)
                    .entity(page(role, org, region, false).data("back", next)).build();
        }
        Organisation organisation = parse(Organisation.class, org);
        // A ministry is national: the services refuse its token with a region.
        Region reg = Roles.MINISTRY.equals(role) ? null : parse(Region.class, region);
        if (Roles.CASEMANAGER.equals(role) && organisation == null) {
            return Response.status(400).entity(page(role, org, region, true).data("back", next)).build();
        }
        String token = tokens.mint(role, organisation, reg);
        return Pages.redirect(next)
                .cookie(SessionCookies.of(SessionCookies.SESSION, token, tokens.maxAgeSeconds()))
                .build();
    }

    /**
     * "Sessie verlengen": a fresh development session for the same user, asked by the page's timeout warning (with
     * the page's CSRF token in a header). Where the identity provider signs the sessions, web cannot, and the warning
     * offers to sign in again instead; the form's draft survives that in the tab.
     */
    @POST
    @Path("/session/extend")
    @Produces(MediaType.APPLICATION_JSON)
    public Response extend() {
        if (!config.devSignIn() || !(identity.getPrincipal() instanceof JsonWebToken session)) {
            return Response.status(404).build();
        }
        DevTokens.Renewed renewed = tokens.renew(session);
        // Real time, like the token's own exp: the browser counts down to the moment the token stops working. The
        // page's forms carry a token bound to the old session; the page swaps in this one, or they would be refused.
        return Response.ok(Map.of("expiresAt", Instant.now().getEpochSecond() + tokens.maxAgeSeconds(),
                        "csrf", csrf.tokenForSession(renewed.tokenId())))
                .cookie(SessionCookies.of(SessionCookies.SESSION, renewed.token(), tokens.maxAgeSeconds()))
                .build();
    }

    /**
     * Ends the session on the server, not only in this browser: the token goes on web's denylist and on every
     * service's, so the old cookie value is refused everywhere, also as a bearer token.
     */
    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        if (identity.getPrincipal() instanceof JsonWebToken session && session.getTokenID() != null) {
            revoked.revoke(session.getTokenID(), Instant.ofEpochSecond(session.getExpirationTime()));
            everywhere.signOut(session.getRawToken());
        }
        return Pages.redirect("/sign-in").cookie(SessionCookies.expired(SessionCookies.SESSION)).build();
    }

    private TemplateInstance page(String role, String org, String region, boolean orgMissing) {
        return pages.of(signIn)
                .data("devSignIn", config.devSignIn())
                .data("roles", ROLES)
                .data("organisations", names(Organisation.values()))
                .data("regions", names(Region.values()))
                .data("role", role == null ? Roles.CASEMANAGER : role)
                .data("org", org)
                .data("region", region)
                .data("orgMissing", orgMissing);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
