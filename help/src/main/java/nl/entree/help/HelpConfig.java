package nl.entree.help;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "entree.help")
public interface HelpConfig {

    /**
     * Where "Snel weg" goes: a neutral, common site that does not stand out in a browser's history, opened with
     * {@code location.replace} so that Back does not come back.
     */
    String exitUrl();

    /**
     * The largest body help reads, counted percent-encoded. Quarkus is given the same limit; a body announced as
     * larger gets help's own page ({@code pages/TooLongPage}) before Quarkus's bare 413 can answer it.
     */
    MemorySize maxBodySize();
}
