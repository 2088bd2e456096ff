package nl.entree.common.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service identifies itself to the others. The signing key is {@code smallrye.jwt.sign.key.location}. */
@ConfigMapping(prefix = "entree.service-token")
public interface ServiceTokenConfig {

    /** The issuer the receiving services trust. */
    String issuer();

    /** The audience the receiving services check. */
    String audience();

    /** The subject: this service's name. */
    @WithDefault("${quarkus.application.name}")
    String subject();

    @WithDefault("PT5M")
    Duration lifetime();
}
