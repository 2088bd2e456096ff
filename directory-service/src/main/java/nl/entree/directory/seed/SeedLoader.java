package nl.entree.directory.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.time.DutchTime;
import nl.entree.directory.config.DirectoryConfig;
import nl.entree.directory.editing.DirectoryEditor;
import nl.entree.directory.hsds.Directory;

/**
 * Seeds an empty directory at startup from data/directory-facts.json, which the build packages into the service
 * ({@code seed/directory-facts.json} on the class path). A directory that has content is never touched, so an
 * editor's corrections survive restarts.
 */
@ApplicationScoped
class SeedLoader {

    static final String CLASS_PATH_FILE = "seed/directory-facts.json";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final DirectoryConfig config;
    private final DirectoryEditor editor;
    private final ObjectMapper json;
    private final Clock clock;

    public SeedLoader(DirectoryConfig config, DirectoryEditor editor, ObjectMapper json, Clock clock) {
        this.config = config;
        this.editor = editor;
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (DirectoryConfig.NO_SEED.equals(config.seed()) || !editor.isEmpty()) {
            return;
        }
        try {
            JsonNode facts = read();
            Instant now = Instant.now(clock);
            Directory seed = FactsSeed.from(facts, now);
            LocalDate day = LocalDate.ofInstant(now, DutchTime.ZONE);
            editor.seedIfEmpty(seed, "data/directory-facts.json",
                    "Seed van " + day + ": controleer vóór gebruik. " + facts.path("generated_note").asText(""))
                    .ifPresentOrElse(imported -> LOG.infof("Directory seeded from the facts file: %d organisations, "
                            + "%d services, %d regional services", imported.organizations(), imported.services(),
                            imported.serviceAtLocations()),
                            () -> LOG.info("Another instance seeded the directory first"));
        } catch (ProblemException e) {
            // The service must start without its seed; an editor can import a directory instead.
            LOG.errorf("The directory seed is not valid, nothing was loaded: %s", e.problem().violations());
        } catch (IOException e) {
            LOG.errorf("The directory seed could not be read: %s", e.getClass().getSimpleName());
        }
    }

    private JsonNode read() throws IOException {
        if (DirectoryConfig.SEED_ON_CLASS_PATH.equals(config.seed())) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(CLASS_PATH_FILE)) {
                if (in == null) {
                    throw new IOException(CLASS_PATH_FILE + " is not on the class path");
                }
                return json.readTree(in);
            }
        }
        return json.readTree(Files.readString(Path.of(config.seed())));
    }
}
