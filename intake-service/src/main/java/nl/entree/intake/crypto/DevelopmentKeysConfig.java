package nl.entree.intake.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Whether a normal (production) launch may run on the development keys committed to the repository: only for a local
 * run such as {@code bin/entree up}, never in a deployment ({@code ENTREE_DEVELOPMENT_KEYS_ALLOWED}).
 */
@ConfigMapping(prefix = "entree.development-keys")
public interface DevelopmentKeysConfig {

    @WithDefault("false")
    boolean allowed();
}
