package nl.entree.support.token;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Tokens that look right but must be refused with 401. Each starts from a valid token for the same
 * role and organisation and changes one thing an attacker would try.
 */
public final class Forgeries {

    private static final PrivateKey FORGER_KEY = Tokens.privateKey("dev-only-keys/forger-private.pem");

    private Forgeries() {
    }

    /** Name of the forgery → the forged token, for a caller who would be allowed with a real one. */
    public static Map<String, String> against(String role, Object org) {
        Map<String, String> forged = new LinkedHashMap<>();
        Tokens.Builder valid = Tokens.as(role).org(org);
        forged.put("alg none", unsigned(valid.claims().toJson(), "none"));
        forged.put("signature stripped", stripSignature(Tokens.as(role).org(org).sign()));
        forged.put("HS256 signed with the public key", hmacWithPublicKey(valid.claims().toJson()));
        forged.put("signed with the wrong key", Tokens.as(role).org(org).signedWith(FORGER_KEY).sign());
        forged.put("elevated groups", elevate(Tokens.as(role).org(org).sign()));
        forged.put("expired", Tokens.as(role).org(org).expiresAt(Instant.now().minus(Duration.ofHours(1))).sign());
        forged.put("nbf in the future", Tokens.as(role).org(org).notBefore(Instant.now().plus(Duration.ofHours(1))).sign());
        forged.put("wrong issuer", Tokens.as(role).org(org).issuer("https://attacker.example/issuer").sign());
        forged.put("wrong audience", Tokens.as(role).org(org).audience("some-other-api").sign());
        forged.put("jku header", Tokens.as(role).org(org).signedWith(FORGER_KEY)
                .header("jku", "https://attacker.example/jwks.json").sign());
        forged.put("x5u header", Tokens.as(role).org(org).signedWith(FORGER_KEY)
                .header("x5u", "https://attacker.example/cert.pem").sign());
        forged.put("jwk header", embeddedJwk(Tokens.as(role).org(org)));
        forged.put("groups missing", Tokens.as(role).org(org).withoutGroups().sign());
        forged.put("issued in the future", Tokens.as(role).org(org).issuedAt(Instant.now().plus(Duration.ofHours(1)))
                .sign());
        forged.put("expires in 100 years", Tokens.as(role).org(org)
                .expiresAt(Instant.now().plus(Duration.ofDays(36_525))).sign());
        forged.put("signed with the service key", Tokens.as(role).org(org).signedWith(Tokens.SERVICE_KEY).sign());
        if (!"service".equals(role)) {
            // With the role service this would be a genuine service token.
            forged.put("service issuer and key, user role", Tokens.as(role).org(org).issuer(Tokens.SERVICE_ISSUER)
                    .signedWith(Tokens.SERVICE_KEY).sign());
        }
        forged.put("service role and user role together", Tokens.asService().groups("service", role).org(org)
                .sign());
        forged.put("service role from the identity provider", Tokens.as("service").sign());
        forged.put("signed with the front door's key", Tokens.as(role).org(org).signedWith(Tokens.FRONT_DOOR_KEY)
                .sign());
        if (!"public".equals(role)) {
            // With the role public this would be a genuine front-door token.
            forged.put("front door issuer and key, another role", Tokens.as(role).org(org)
                    .issuer(Tokens.FRONT_DOOR_ISSUER).signedWith(Tokens.FRONT_DOOR_KEY).sign());
        }
        forged.put("public role and another together", Tokens.asFrontDoor().groups("public", role).org(org).sign());
        forged.put("public role from the identity provider", Tokens.as("public").sign());
        forged.put("public role with the service issuer and key", Tokens.asService().groups("public").sign());
        forged.put("garbage", "not.a.token");
        return forged;
    }

    /**
     * Name of the forgery → a token that claims to come from the public front door (issuer, role) but must be refused
     * with 401 by the endpoints open to it.
     */
    public static Map<String, String> ofTheFrontDoor() {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg none", unsigned(Tokens.asFrontDoor().claims().toJson(), "none"));
        forged.put("signed with the wrong key", Tokens.asFrontDoor().signedWith(FORGER_KEY).sign());
        forged.put("signed with the service key", Tokens.asFrontDoor().signedWith(Tokens.SERVICE_KEY).sign());
        forged.put("expired", Tokens.asFrontDoor().expiresAt(Instant.now().minus(Duration.ofHours(1))).sign());
        forged.put("issued in the future", Tokens.asFrontDoor().issuedAt(Instant.now().plus(Duration.ofHours(1)))
                .sign());
        forged.put("expires in 100 years", Tokens.asFrontDoor().expiresAt(Instant.now().plus(Duration.ofDays(36_525)))
                .sign());
        forged.put("wrong audience", Tokens.asFrontDoor().audience("some-other-api").sign());
        forged.put("public and service together", Tokens.asFrontDoor().groups("public", "service").sign());
        forged.put("public and admin together", Tokens.asFrontDoor().groups("public", "admin").sign());
        forged.put("groups missing", Tokens.asFrontDoor().withoutGroups().sign());
        return forged;
    }

    private static String unsigned(String payload, String alg) {
        return b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + b64(payload) + ".";
    }

    private static String stripSignature(String token) {
        return token.substring(0, token.lastIndexOf('.') + 1);
    }

    private static String hmacWithPublicKey(String payload) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(new HmacKey(Tokens.pemText("dev-only-keys/jwt-public.pem").getBytes(StandardCharsets.US_ASCII)));
        jws.setDoKeyValidation(false);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        return serialize(jws);
    }

    /** Keeps the original signature but claims admin: the signature no longer matches. */
    private static String elevate(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String elevated = payload.replaceFirst("\"groups\":\\[[^]]*]",
                "\"groups\":[\"admin\",\"coordinator\",\"casemanager\",\"ministry\",\"service\"]");
        return parts[0] + "." + b64(elevated) + "." + parts[2];
    }

    private static String embeddedJwk(Tokens.Builder builder) {
        try {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) forgerPublicKey());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(builder.claims().toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setJwkHeader(jwk);
            jws.setKey(FORGER_KEY);
            return serialize(jws);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not forge a jwk token", e);
        }
    }

    private static java.security.PublicKey forgerPublicKey() {
        try {
            java.security.interfaces.RSAPrivateCrtKey crt = (java.security.interfaces.RSAPrivateCrtKey) FORGER_KEY;
            return java.security.KeyFactory.getInstance("RSA").generatePublic(
                    new java.security.spec.RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialize(JsonWebSignature jws) {
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not serialise a forged token", e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
