package nl.entree.directory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.directory")
public interface DirectoryConfig {

    String SEED_ON_CLASS_PATH = "classpath";
    String NO_SEED = "off";

    /**
     * Where an empty directory is seeded from: {@code classpath} (data/directory-facts.json, packaged with the
     * service), a path to another facts file, or {@code off}.
     */
    @WithDefault(SEED_ON_CLASS_PATH)
    String seed();
}
