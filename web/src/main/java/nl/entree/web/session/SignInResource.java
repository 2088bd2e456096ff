package nl.entree.web.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

/**
 * Signing in and out. In production through the organisation's identity provider (OIDC code flow, {@code
 * /sign-in/provider}); in development on a page that picks a role and an organisation and mints a development token.
 */
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
    private final boolean providerSignIn;
    /** A proxy, asked only of a user the provider signed in: without OIDC there is no metadata to give. */
    private final OidcConfigurationMetadata providerMetadata;

    public SignInResource(WebConfig config, DevTokens tokens, Pages pages,
            @Location("sign-in.html") Template signIn, @Location("signed-out.html") Template signedOutPage,
            SecurityIdentity identity, RevokedTokens revoked, SignOutEverywhere everywhere, Csrf csrf,
            OidcSession oidcSession, OidcConfigurationMetadata providerMetadata,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean providerSignIn) {
        this.providerMetadata = providerMetadata;
        this.clientId = clientId;
        this.providerSignIn = providerSignIn;
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

    /**
     * {@code terug} is the page to return to after signing in again, such as a form whose draft this tab kept. A page
     * that needed a session sends the browser here with it; where only the identity provider signs in, it goes on
     * there at once. Without it (after signing out, say) the page offers the provider, so nobody is signed straight
     * back in.
     */
    @GET
    @Path("/sign-in")
    public Response form(@QueryParam("terug") String back) {
        String next = HomeResource.localPath(back);
        if (providerSignIn && !config.devSignIn() && !"/".equals(next)) {
            return Pages.redirect(viaProvider(next)).build();
        }
        return Response.ok(page(null, null, null, false, next)).build();
    }

    /**
     * Signing in through the identity provider. Quarkus's code flow guards this one path (application.properties):
     * without a session it sends the browser to the provider, whose answer comes back to this address; Quarkus then
     * opens the session and asks for it again, {@code terug} restored, and the user goes on to that page.
     */
    @GET
    @Path("/sign-in/provider")
    public Response signedInByProvider(@QueryParam("terug") String back) {
        if (!providerSignIn || identity.getCredential(AccessTokenCredential.class) == null) {
            throw new NotFoundException();
        }
        csrf.renew();
        return Pages.redirect(HomeResource.localPath(back)).build();
    }

    /**
     * The provider sent the browser back without signing in (the user cancelled, or the provider refused): say so
     * and offer it again, never straight back to the provider, which would go round in a loop.
     */
    @GET
    @Path("/sign-in/failed")
    public TemplateInstance providerRefused(@QueryParam("terug") String back) {
        if (!providerSignIn) {
            throw new NotFoundException();
        }
        return page(null, null, null, false, HomeResource.localPath(back)).data("failed", true);
    }

    private static String viaProvider(String next) {
        return "/".equals(next) ? "/sign-in/provider"
                : "/sign-in/provider?terug=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String role, @RestForm String org, @RestForm String region,
            @RestForm("terug") String back) {
        String next = HomeResource.localPath(back);
        if (!config.devSignIn() || !ROLES.contains(role)) {
            return Response.status(config.devSignIn() ? 400 : 404)
                    .entity(page(role, org, region, false, next)).build();
        }
        Organisation organisation = parse(Organisation.class, org);
        // A ministry is national: the services refuse its token with a region.
        Region reg = Roles.MINISTRY.equals(role) ? null : parse(Region.class, region);
        if (Roles.CASEMANAGER.equals(role) && organisation == null) {
            return Response.status(400).entity(page(role, org, region, true, next)).build();
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
        // quarkus-oidc's request-scoped metadata is that of the tenant that signed this user in.
        if (providerMetadata.getEndSessionUri() == null) {
            return Optional.empty();
        }
        // client_id, not id_token_hint: the ID token holds the user's name and e-mail, and this address stays in the
        // browser's history. Without the hint the provider may ask the user to confirm.
        UriBuilder uri = UriBuilder.fromUri(providerMetadata.getEndSessionUri()).queryParam("client_id", clientId);
        config.postLogoutUrl().ifPresent(back -> uri.queryParam("post_logout_redirect_uri", back));
        return Optional.of(uri.build());
    }

    private TemplateInstance page(String role, String org, String region, boolean orgMissing, String back) {
        return pages.of(signIn)
                .data("back", back)
                .data("devSignIn", config.devSignIn())
                .data("providerSignIn", providerSignIn)
                .data("provider", viaProvider(back))
                .data("failed", false)
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
