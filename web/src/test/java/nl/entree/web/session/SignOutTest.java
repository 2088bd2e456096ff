package nl.entree.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import nl.entree.web.WebConfig;

/**
 * Signing out of a development session stays as it was: the session's own token is revoked on web and at the
 * services, and the browser goes back to the sign-in page. (Through the identity provider: {@code OidcSignOutTest}.)
 */
class SignOutTest {

    private final List<String> toldServices = new ArrayList<>();
    private final MemoryRevokedTokens webDenylist = new MemoryRevokedTokens();
    private final List<String> oidcLogouts = new ArrayList<>();

    @Test
    void aDevelopmentSessionStillRevokesItsOwnTokenAndReturnsToSignIn() {
        String raw = "the-development-token";
        SecurityIdentity dev = QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(raw, claims(raw, "dev-jti")))
                .addRole("coordinator")
                .build();

        Response response = resource(dev, Optional.empty()).signOut();

        assertEquals(List.of("intake-service: Bearer " + raw, "triage-service: Bearer " + raw), toldServices);
        assertTrue(webDenylist.isRevoked("dev-jti"));
        assertTrue(oidcLogouts.isEmpty(), "no provider session to end");
        assertEquals("/sign-in", response.getHeaderString(HttpHeaders.LOCATION));
        assertEquals(0, sessionCookie(response).getMaxAge());
    }

    private SignInResource resource(SecurityIdentity identity, Optional<String> postLogoutUrl) {
        // Two services stand for five; their order is fixed so the assertion can name it.
        var services = new LinkedHashMap<String, SignOutEverywhere.SessionApi>();
        for (String name : List.of("intake-service", "triage-service")) {
            services.put(name, authorization -> toldServices.add(name + ": " + authorization));
        }
        return new SignInResource(config(postLogoutUrl), null, null, null, null, identity, webDenylist, null,
                new SignOutEverywhere(services), null, logoutRecorder(), null, null, "entree-web", false);
    }

    private OidcSession logoutRecorder() {
        return new OidcSession() {
            @Override
            public String getTenantId() {
                return null;
            }

            @Override
            public Instant expiresAt() {
                return null;
            }

            @Override
            public Duration validFor() {
                return null;
            }

            @Override
            public Uni<Void> logout() {
                oidcLogouts.add("logout");
                return Uni.createFrom().voidItem();
            }

            @Override
            public JsonWebToken getIdToken() {
                return null;
            }
        };
    }

    private static WebConfig config(Optional<String> postLogoutUrl) {
        return new WebConfig() {
            @Override
            public boolean devSignIn() {
                return false;
            }

            @Override
            public int sessionHours() {
                return 8;
            }

            @Override
            public Optional<String> postLogoutUrl() {
                return postLogoutUrl;
            }
        };
    }

    private static JwtClaims claims(String raw, String jti) {
        JwtClaims claims = new JwtClaims();
        // Where smallrye-jwt keeps the token as it came, as its parser does.
        claims.setClaim("raw_token", raw);
        claims.setJwtId(jti);
        claims.setSubject("someone");
        claims.setExpirationTime(NumericDate.fromSeconds(
                Instant.now().plus(1, ChronoUnit.HOURS).getEpochSecond()));
        return claims;
    }

    private static NewCookie sessionCookie(Response response) {
        Map<String, NewCookie> cookies = response.getCookies();
        return cookies.get(SessionCookies.SESSION);
    }
}
