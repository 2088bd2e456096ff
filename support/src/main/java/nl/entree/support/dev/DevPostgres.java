package nl.entree.support.dev;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.entree.support.db.TestDatabase;
import nl.entree.support.db.UnpackedBinaries;

/**
 * The PostgreSQL of {@code bin/entree up} when no external one is configured. Its data lives in the
 * given folder and survives restarts. It runs until the process is stopped.
 *
 * <p>Usage: {@code DevPostgres DATA_DIR PORT LOG_FILE DATABASE...}
 */
public final class DevPostgres {

    private DevPostgres() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: DevPostgres DATA_DIR PORT LOG_FILE DATABASE...");
        }
        File dataDir = new File(args[0]);
        int port = Integer.parseInt(args[1]);
        Redirect log = Redirect.appendTo(new File(args[2]));
        List<String> databases = List.of(args).subList(3, args.length);
        if (!dataDir.mkdirs() && !dataDir.isDirectory()) {
            throw new IOException("Cannot create " + dataDir);
        }
        UnpackedBinaries.removeUnfinished(UnpackedBinaries.workingDirectory());

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // The embedded defaults trade durability for test speed; here an acknowledged commit must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                // An error's detail quotes the row ("Key (…)=(…) already exists"): not into the log, as in k8s.
                .setServerConfig("log_error_verbosity", "terse")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        for (String database : databases) {
            TestDatabase.createDatabaseIfMissing(postgres.getJdbcUrl("postgres", "postgres"), database);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // stopping anyway
            } finally {
                stopped.countDown();
            }
        }, "postgres-stop"));
        System.err.println("PostgreSQL ready on port " + port + " with databases " + databases);
        stopped.await();
    }
}
