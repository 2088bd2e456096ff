package nl.entree.web;

import java.util.Optional;

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

    /**
     * Where the identity provider sends the browser after signing out there (an absolute address of web, registered
     * with the provider); unset, the provider shows its own page.
     */
    Optional<String> postLogoutUrl();
}
