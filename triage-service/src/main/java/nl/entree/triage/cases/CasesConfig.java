package nl.entree.triage.cases;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.triage.cases")
public interface CasesConfig {

    /**
     * A decline sent again this soon by the one who declined, with nothing done to the case since, is answered as
     * the first was (a double click, a retry after a slow answer). Later the case is no longer theirs to see.
     */
    @WithDefault("PT2M")
    Duration declinedAgainWithin();
}
