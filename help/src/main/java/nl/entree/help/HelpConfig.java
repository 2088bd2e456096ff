package nl.entree.help;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "entree.help")
public interface HelpConfig {

    /**
     * Where "Snel weg" goes: a neutral, common site that does not stand out in a browser's history, opened with
     * {@code location.replace} so that Back does not come back.
     */
    String exitUrl();
}
