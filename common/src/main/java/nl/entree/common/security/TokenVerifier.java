package nl.entree.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.lang.JoseException;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Two kinds of token, each with its own issuer and key, so that neither can pass for the other:
 * <ul>
 * <li>user tokens from the identity provider ({@code mp.jwt.verify.*}; in development the development signer),
 * which may never carry the role {@code service};</li>
 * <li>service tokens from {@link ServiceTokens} ({@code entree.service-token.*}), which carry the role
 * {@code service} and nothing else, so they pass only endpoints that allow that role.</li>
 * </ul>
 * A key that signs service tokens therefore cannot mint a casemanager or an admin. Both kinds are refused when they
 * live longer than {@code smallrye.jwt.time-to-live} or are older than {@code mp.jwt.verify.token.age}, and when
 * they claim to be issued in the future (beyond the allowed clock skew), which smallrye-jwt itself does not check.
 * <p>
 * smallrye-jwt verifies one issuer with one key; this factory picks which of the two settings to verify with from
 * the token's (not yet verified) issuer, and smallrye-jwt's own parser does all the verifying. It replaces the
 * factory bean that smallrye-jwt's {@code DefaultJWTParser} is injected with.
 */
@Alternative
@Priority(1)
@Singleton
public class TokenVerifier extends JWTCallerPrincipalFactory {

    private final DefaultJWTTokenParser users = new DefaultJWTTokenParser();
    private final DefaultJWTTokenParser services = new DefaultJWTTokenParser();
    private final ServiceTokenConfig config;
    private volatile JWTAuthContextInfo serviceContext;
    /**
     * Real time, never the injected {@code Clock}: smallrye-jwt checks {@code exp} against the system clock, and a
     * test that moves the business clock must not make valid tokens look issued in the future.
     */
    private final Clock clock = Clock.systemUTC();

    public TokenVerifier(ServiceTokenConfig config) {
        this.config = config;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo userContext) throws ParseException {
        boolean service = config.issuer().equals(unverifiedIssuer(token));
        JwtContext verified = service
                ? services.parse(token, serviceContext(userContext))
                : users.parse(token, userContext);
        JwtClaims claims = verified.getJwtClaims();
        notIssuedInTheFuture(claims, userContext.getClockSkew());
        List<String> groups = groups(claims);
        if (service && !groups.equals(List.of(Roles.SERVICE))) {
            throw new ParseException("A service token carries the role service and no other");
        }
        if (!service && groups.contains(Roles.SERVICE)) {
            throw new ParseException("Only service tokens carry the role service");
        }
        String type = verified.getJoseObjects().get(0).getHeader("typ");
        return new DefaultJWTCallerPrincipal(type, claims);
    }

    /** The user settings with the service issuer and key: audience, algorithm, lifetime and age stay the same. */
    private JWTAuthContextInfo serviceContext(JWTAuthContextInfo userContext) throws ParseException {
        JWTAuthContextInfo context = serviceContext;
        if (context == null) {
            context = new JWTAuthContextInfo(userContext);
            context.setIssuedBy(config.issuer());
            context.setPublicVerificationKey(null);
            context.setPublicKeyContent(null);
            context.setPublicKeyLocation(config.verifyKeyLocation().orElseThrow(
                    () -> new ParseException("This application takes no service tokens")));
            serviceContext = context;
        }
        return context;
    }

    private void notIssuedInTheFuture(JwtClaims claims, int skewSeconds) throws ParseException {
        try {
            if (claims.getIssuedAt() == null) {
                throw new ParseException("The token has no iat");
            }
            Instant issued = Instant.ofEpochSecond(claims.getIssuedAt().getValue());
            if (issued.isAfter(clock.instant().plusSeconds(skewSeconds))) {
                throw new ParseException("The token is issued in the future");
            }
        } catch (MalformedClaimException e) {
            throw new ParseException("The token's iat is not a number", e);
        }
    }

    private static List<String> groups(JwtClaims claims) throws ParseException {
        try {
            List<String> groups = claims.getStringListClaimValue("groups");
            return groups == null ? List.of() : groups;
        } catch (MalformedClaimException e) {
            throw new ParseException("The token's groups are not a list of names", e);
        }
    }

    /** Only to choose the key; the issuer is verified with it afterwards. */
    private static String unverifiedIssuer(String token) throws ParseException {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new ParseException("Not a signed token");
        }
        try {
            Object issuer = JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8)).get("iss");
            return issuer instanceof String s ? s : null;
        } catch (IllegalArgumentException | JoseException e) {
            throw new ParseException("Not a signed token", e);
        }
    }
}
