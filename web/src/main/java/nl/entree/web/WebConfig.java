package nl.entree.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.web")
public interface WebConfig {

    /** The development sign-in page that mints tokens. Off unless ENTREE_DEV_SIGN_IN=true. */
    @WithDefault("false")
    boolean devSignIn();

    /** How long a session (and the token in it) lasts. */
    @WithDefault("8")
    int sessionHours();
}
