package nl.entree.web.session;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import nl.entree.common.security.RevokedTokens;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.WebConfig;
import nl.entree.web.backend.UserTokenHeaders;
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
    private final Template signedOutPage;
    private final SecurityIdentity identity;
    private final RevokedTokens revoked;
    private final SignOutEverywhere everywhere;
    private final Csrf csrf;
    private final OidcSession oidcSession;
    private final String clientId;

    public SignInResource(WebConfig config, DevTokens tokens, Pages pages,
            @Location("sign-in.html") Template signIn, @Location("signed-out.html") Template signedOutPage,
            SecurityIdentity identity, RevokedTokens revoked, SignOutEverywhere everywhere, Csrf csrf,
            OidcSession oidcSession, @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        this.clientId = clientId;
        this.signedOutPage = signedOutPage;
        this.identity = identity;
        this.oidcSession = oidcSession;
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
        csrf.renew();
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
     * Ends the session on the server, not only in this browser: the session's token goes on web's denylist, and the
     * token the services accept on every service's, so the old cookie value is refused everywhere, also as a bearer
     * token. Signed in through the identity provider, those are two tokens: web's session rests on the ID token, the
     * services were only ever sent the access token. Then Quarkus's own session cookie is cleared too (another web
     * pod would still open pages with it) and the browser goes on to the provider's end-session endpoint, or the
     * provider would sign the user straight back in.
     */
    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        if (identity.getPrincipal() instanceof JsonWebToken session && session.getTokenID() != null) {
            revoked.revoke(session.getTokenID(), Instant.ofEpochSecond(session.getExpirationTime()));
        }
        String forServices = UserTokenHeaders.forServices(identity);
        if (forServices != null) {
            everywhere.signOut(forServices);
        }
        Response.ResponseBuilder signedOut = Pages.redirect("/sign-in");
        if (identity.getCredential(AccessTokenCredential.class) != null) {
            // Clears q_session on this response; bounded, so a slow provider never keeps the user waiting here.
            oidcSession.logout().await().atMost(Duration.ofSeconds(5));
            Optional<URI> endSession = endSession();
            if (endSession.isPresent()) {
                // A page that goes on by itself, not a redirect: see signed-out.html for why.
                signedOut = Response.ok(pages.of(signedOutPage).data("endSession", endSession.get().toString()));
            }
        }
        return signedOut.cookie(SessionCookies.expired(SessionCookies.SESSION)).build();
    }

    /** RP-initiated logout at the provider, when its discovery document names an end-session endpoint. */
    private Optional<URI> endSession() {
        // quarkus-oidc puts the provider's discovery document on the identity under this name (OidcUtils, which is
        // not public API), so the tenant that signed this user in is the one asked.
        OidcConfigurationMetadata metadata = identity.getAttribute("configuration-metadata");
        if (metadata == null || metadata.getEndSessionUri() == null) {
            return Optional.empty();
        }
        // client_id, not id_token_hint: the ID token holds the user's name and e-mail, and this address stays in the
        // browser's history. Without the hint the provider may ask the user to confirm.
        UriBuilder uri = UriBuilder.fromUri(metadata.getEndSessionUri()).queryParam("client_id", clientId);
        config.postLogoutUrl().ifPresent(back -> uri.queryParam("post_logout_redirect_uri", back));
        return Optional.of(uri.build());
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
