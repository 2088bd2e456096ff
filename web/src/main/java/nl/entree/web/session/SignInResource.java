package nl.entree.web.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcProviderClient;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.RefreshToken;
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
    private static final Logger LOG = Logger.getLogger(SignInResource.class);
    /** A slow provider never keeps the user waiting at signing out. */
    private static final Duration PROVIDER_WAIT = Duration.ofSeconds(5);

    private final WebConfig config;
    private final DevTokens tokens;
    private final Pages pages;
    private final Template signIn;
    private final Template signedOutPage;
    private final SecurityIdentity identity;
    private final RevokedTokens revoked;
    private final SignedOutSessions signedOutSessions;
    private final SignOutEverywhere everywhere;
    private final Csrf csrf;
    private final OidcSession oidcSession;
    private final String clientId;
    private final boolean providerSignIn;
    /** Proxies, asked only of a user the provider signed in: without OIDC there is no provider to ask. */
    private final OidcConfigurationMetadata providerMetadata;
    private final OidcProviderClient providerClient;

    public SignInResource(WebConfig config, DevTokens tokens, Pages pages,
            @Location("sign-in.html") Template signIn, @Location("signed-out.html") Template signedOutPage,
            SecurityIdentity identity, RevokedTokens revoked, SignedOutSessions signedOutSessions,
            SignOutEverywhere everywhere, Csrf csrf, OidcSession oidcSession,
            OidcConfigurationMetadata providerMetadata, OidcProviderClient providerClient,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean providerSignIn) {
        this.providerMetadata = providerMetadata;
        this.providerClient = providerClient;
        this.clientId = clientId;
        this.providerSignIn = providerSignIn;
        this.signedOutPage = signedOutPage;
        this.identity = identity;
        this.oidcSession = oidcSession;
        this.csrf = csrf;
        this.revoked = revoked;
        this.signedOutSessions = signedOutSessions;
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
     * "Sessie verlengen", asked by the page's timeout warning (with the page's CSRF token in a header): when the
     * session now ends, and the form token for the page to use from now on.
     * <p>
     * Signed in by the identity provider, quarkus-oidc has already refreshed the tokens on the way in: this request
     * comes within {@code refresh-token-time-skew} of the ID token's {@code exp} (the warning shows that long before),
     * so the principal is the new ID token and the response carries the new {@code q_session}. A refresh the provider
     * refused leaves the old ID token and its {@code exp}, and the page says the session ends. On the development
     * sign-in web mints a fresh token for the same user itself.
     */
    @POST
    @Path("/session/extend")
    @Produces(MediaType.APPLICATION_JSON)
    public Response extend() {
        if (providerSignIn && identity.getCredential(AccessTokenCredential.class) != null
                && identity.getPrincipal() instanceof JsonWebToken idToken) {
            return Response.ok(new Extended(idToken.getExpirationTime(), csrf.token())).build();
        }
        if (!config.devSignIn() || !(identity.getPrincipal() instanceof JsonWebToken session)) {
            return Response.status(404).build();
        }
        DevTokens.Renewed renewed = tokens.renew(session);
        // Real time, like the token's own exp: the browser counts down to the moment the token stops working. The
        // page's forms carry a token bound to the old session; the page swaps in this one, or they would be refused.
        return Response.ok(new Extended(Instant.now().getEpochSecond() + tokens.maxAgeSeconds(),
                        csrf.tokenForSession(renewed.tokenId())))
                .cookie(SessionCookies.of(SessionCookies.SESSION, renewed.token(), tokens.maxAgeSeconds()))
                .build();
    }

    /** An extended session: its end in seconds since 1970, and the form token of the page. */
    public record Extended(long expiresAt, String csrf) {
    }

    /**
     * Ends the session on the server, not only in this browser: the session's token goes on web's denylist, and the
     * token the services accept on every service's, so the old cookie value is refused everywhere, also as a bearer
     * token. Signed in through the identity provider, those are two tokens: web's session rests on the ID token, the
     * services were only ever sent the access token. The refresh token is revoked at the provider, or a copy of the
     * old cookie would get new tokens past the denylist, and the provider's session is noted as signed out
     * ({@link SignedOutSessions}). Then Quarkus's own session cookie is cleared too (another web pod would still open
     * pages with it) and the browser goes on to the provider's end-session endpoint, or the provider would sign the
     * user straight back in.
     */
    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        if (identity.getPrincipal() instanceof JsonWebToken session && session.getTokenID() != null) {
            revoked.revoke(session.getTokenID(), Instant.ofEpochSecond(session.getExpirationTime()));
        }
        if (identity.getCredential(AccessTokenCredential.class) != null
                && identity.getPrincipal() instanceof JsonWebToken idToken) {
            Viewer.text(idToken.getClaim("sid")).ifPresent(signedOutSessions::signOut);
        }
        String forServices = UserTokenHeaders.forServices(identity);
        if (forServices != null) {
            everywhere.signOut(forServices);
        }
        Response.ResponseBuilder signedOut = Pages.redirect("/sign-in");
        if (identity.getCredential(AccessTokenCredential.class) != null) {
            revokeRefreshToken();
            // Clears q_session on this response.
            oidcSession.logout().await().atMost(PROVIDER_WAIT);
            Optional<URI> endSession = endSession();
            if (endSession.isPresent()) {
                // A page that goes on by itself, not a redirect: see signed-out.html for why.
                signedOut = Response.ok(pages.of(signedOutPage).data("endSession", endSession.get().toString()));
            }
        }
        return signedOut.cookie(SessionCookies.expired(SessionCookies.SESSION)).build();
    }

    /**
     * At the provider's revocation endpoint, when its discovery document names one; without it the end-session
     * endpoint still ends the provider's session, and with it the refresh token. A provider that cannot be told is
     * logged (never the token) and the user is still signed out of web.
     */
    private void revokeRefreshToken() {
        RefreshToken refresh = identity.getCredential(RefreshToken.class);
        if (refresh == null || refresh.getToken() == null || providerMetadata.getRevocationUri() == null) {
            return;
        }
        try {
            // quarkus-oidc answers false only for a 503; the provider answers 200 also for a token it no longer knows.
            if (!providerClient.revokeRefreshToken(refresh.getToken()).await().atMost(PROVIDER_WAIT)) {
                LOG.warn("The identity provider could not revoke the refresh token (503)");
            }
        } catch (RuntimeException e) {
            LOG.warnf("The identity provider could not be asked to revoke the refresh token: %s",
                    e.getClass().getSimpleName());
        }
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
