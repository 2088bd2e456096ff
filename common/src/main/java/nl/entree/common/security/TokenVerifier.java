package nl.entree.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * Three kinds of token, each with its own issuer and key, so that none can pass for another:
 * <ul>
 * <li>user tokens from the identity provider ({@code mp.jwt.verify.*}; in development the development signer),
 * which may never carry the role {@code service} or {@code public};</li>
 * <li>service tokens from {@link ServiceTokens} ({@code entree.service-token.*}), which carry the role
 * {@code service} and nothing else, so they pass only endpoints that allow that role;</li>
 * <li>the public front door's tokens ({@code entree.front-door-token.*}), which carry the role {@code public} and
 * nothing else, and pass only endpoints marked {@link FrontDoor}.</li>
 * </ul>
 * A key that signs service or front-door tokens therefore cannot mint a casemanager or an admin, nor each other. All
 * kinds are refused when they live longer than {@code smallrye.jwt.time-to-live} or are older than
 * {@code mp.jwt.verify.token.age}, and when they claim to be issued in the future (beyond the allowed clock skew),
 * which smallrye-jwt itself does not check.
 * <p>
 * smallrye-jwt verifies one issuer with one key; this factory picks which settings to verify with from the token's
 * (not yet verified) issuer, and smallrye-jwt's own parser does all the verifying. It replaces the factory bean that
 * smallrye-jwt's {@code DefaultJWTParser} is injected with.
 */
@Alternative
@Priority(1)
@Singleton
public class TokenVerifier extends JWTCallerPrincipalFactory {

    /** A kind of token that is not the identity provider's: its issuer, its key, and the one role it carries. */
    private record Kind(String issuer, Optional<String> keyLocation, String role) {
    }

    private final DefaultJWTTokenParser users = new DefaultJWTTokenParser();
    private final List<Kind> kinds;
    private final Map<String, JWTAuthContextInfo> contexts = new ConcurrentHashMap<>();
    /** One parser for each kind: a parser keeps the first key it resolved, whatever context it is given later. */
    private final Map<String, DefaultJWTTokenParser> parsers = new ConcurrentHashMap<>();
    /**
     * Real time, never the injected {@code Clock}: smallrye-jwt checks {@code exp} against the system clock, and a
     * test that moves the business clock must not make valid tokens look issued in the future.
     */
    private final Clock clock = Clock.systemUTC();

    public TokenVerifier(ServiceTokenConfig services, FrontDoorTokenConfig frontDoor) {
        kinds = List.of(new Kind(services.issuer(), services.verifyKeyLocation(), Roles.SERVICE),
                new Kind(frontDoor.issuer(), frontDoor.verifyKeyLocation(), Roles.PUBLIC));
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo userContext) throws ParseException {
        String issuer = unverifiedIssuer(token);
        Kind kind = kinds.stream().filter(k -> k.issuer().equals(issuer)).findFirst().orElse(null);
        JwtContext verified = kind == null
                ? users.parse(token, userContext)
                : parsers.computeIfAbsent(kind.issuer(), key -> new DefaultJWTTokenParser())
                        .parse(token, context(kind, userContext));
        JwtClaims claims = verified.getJwtClaims();
        notIssuedInTheFuture(claims, userContext.getClockSkew());
        List<String> groups = groups(claims);
        if (kind != null && !groups.equals(List.of(kind.role()))) {
            throw new ParseException("This kind of token carries the role " + kind.role() + " and no other");
        }
        for (Kind other : kinds) {
            if (other != kind && groups.contains(other.role())) {
                throw new ParseException("Only its own kind of token carries the role " + other.role());
            }
        }
        String type = verified.getJoseObjects().get(0).getHeader("typ");
        return new DefaultJWTCallerPrincipal(type, claims);
    }

    /** The user settings with the kind's issuer and key: audience, algorithm, lifetime and age stay the same. */
    private JWTAuthContextInfo context(Kind kind, JWTAuthContextInfo userContext) throws ParseException {
        JWTAuthContextInfo context = contexts.get(kind.issuer());
        if (context == null) {
            context = new JWTAuthContextInfo(userContext);
            context.setIssuedBy(kind.issuer());
            context.setPublicVerificationKey(null);
            context.setPublicKeyContent(null);
            context.setPublicKeyLocation(kind.keyLocation().orElseThrow(
                    () -> new ParseException("This application takes no tokens with the role " + kind.role())));
            contexts.put(kind.issuer(), context);
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
