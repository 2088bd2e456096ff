package nl.entree.support.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints development tokens: users' signed with {@code dev-only-keys/jwt-private.pem} (the development identity
 * provider), services' with {@code dev-only-keys/service-private.pem} under their own issuer. Tests use it, and so
 * does {@code bin/entree token}. The services trust these tokens only in the dev and test profiles, or when
 * bin/entree points them at the development public keys.
 */
public final class Tokens {

    public static final String ISSUER = "urn:entree:development";
    public static final String SERVICE_ISSUER = "urn:entree:services";
    public static final String FRONT_DOOR_ISSUER = "urn:entree:front-door";
    public static final String AUDIENCE = "entree";

    private static final PrivateKey DEV_KEY = privateKey("dev-only-keys/jwt-private.pem");
    public static final PrivateKey SERVICE_KEY = privateKey("dev-only-keys/service-private.pem");
    public static final PrivateKey FRONT_DOOR_KEY = privateKey("dev-only-keys/front-door-private.pem");

    private Tokens() {
    }

    public static Builder as(String role) {
        return new Builder().groups(role);
    }

    public static String casemanager(Object org) {
        return as("casemanager").org(org).sign();
    }

    public static String coordinator() {
        return as("coordinator").sign();
    }

    public static String coordinator(Object region) {
        return as("coordinator").region(region).sign();
    }

    public static String ministry() {
        return as("ministry").sign();
    }

    public static String admin() {
        return as("admin").sign();
    }

    public static String service() {
        return asService().sign();
    }

    public static String frontDoor() {
        return asFrontDoor().sign();
    }

    /** The public front door's token: the role public, its own issuer, its own key. */
    public static Builder asFrontDoor() {
        return as("public").subject("help").issuer(FRONT_DOOR_ISSUER).signedWith(FRONT_DOOR_KEY);
    }

    /** A service token: the role service, the service issuer, the service key. */
    public static Builder asService() {
        return as("service").subject("test-service").issuer(SERVICE_ISSUER).signedWith(SERVICE_KEY);
    }

    /** A token, claim by claim. Every default is valid; tests change one thing to forge. */
    public static final class Builder {
        private String subject = "user-" + UUID.randomUUID().toString().substring(0, 8);
        private List<String> groups = new ArrayList<>();
        private boolean withGroups = true;
        private String org;
        private Object region;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant issuedAt = Instant.now();
        private Instant expiresAt = issuedAt.plus(Duration.ofHours(1));
        private Instant notBefore;
        private PrivateKey key = DEV_KEY;
        private final Map<String, Object> headers = new LinkedHashMap<>();

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder groups(String... groups) {
            this.groups = new ArrayList<>(List.of(groups));
            return this;
        }

        public Builder withoutGroups() {
            this.withGroups = false;
            return this;
        }

        public Builder org(Object org) {
            this.org = org == null ? null : org.toString();
            return this;
        }

        /** A region code, or a list to forge a claim that is not one string. */
        public Builder region(Object region) {
            this.region = region instanceof List<?> || region == null ? region : region.toString();
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** Also moves the expiry, so the lifetime stays the same. */
        public Builder issuedAt(Instant issuedAt) {
            this.expiresAt = issuedAt.plus(Duration.between(this.issuedAt, this.expiresAt));
            this.issuedAt = issuedAt;
            return this;
        }

        public Builder lifetime(Duration lifetime) {
            this.expiresAt = issuedAt.plus(lifetime);
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        public Builder signedWith(PrivateKey key) {
            this.key = key;
            return this;
        }

        public Builder header(String name, Object value) {
            headers.put(name, value);
            return this;
        }

        public JwtClaims claims() {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setAudience(audience);
            claims.setSubject(subject);
            claims.setClaim("upn", subject);
            claims.setJwtId(UUID.randomUUID().toString());
            claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
            claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
            if (notBefore != null) {
                claims.setNotBefore(NumericDate.fromMilliseconds(notBefore.toEpochMilli()));
            }
            if (withGroups) {
                claims.setStringListClaim("groups", groups);
            }
            if (org != null) {
                claims.setClaim("org", org);
            }
            if (region != null) {
                claims.setClaim("region", region);
            }
            return claims;
        }

        public String sign() {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims().toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            headers.forEach(jws::setHeader);
            jws.setKey(key);
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("Could not sign a token", e);
            }
        }
    }

    public static PrivateKey privateKey(String resource) {
        try {
            byte[] der = pemBody(resource);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA private key: " + resource, e);
        }
    }

    public static PublicKey publicKey(String resource) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBody(resource)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA public key: " + resource, e);
        }
    }

    static String pemText(String resource) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing key " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pemBody(String resource) {
        String base64 = pemText(resource).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
