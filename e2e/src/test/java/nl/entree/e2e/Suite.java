package nl.entree.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite as real processes: PostgreSQL (embedded binaries, its own process and data folder) and the four
 * packaged services, wired together as {@code bin/entree up} wires them. One per test JVM; tests may stop and start
 * parts of it, and must leave it running when they finish.
 */
public final class Suite {

    static final List<String> SERVICES = List.of("triage-service", "capacity-service", "intake-service", "forecast-service",
            "directory-service");
    /** The browser front end; started when it is built. */
    public static final String WEB = "web";
    /** The public front door; started when it is built. */
    public static final String HELP = "help";
    // A loaded machine (CI beside other builds) can need longer; -Dentree.e2e.readySeconds raises it.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("entree.e2e.readySeconds", 120));
    private static Suite instance;

    private final Path root;
    private final Path work;
    private final Path keys;
    private final int dbPort;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private Process postgres;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Suite() throws IOException {
        root = Path.of(System.getProperty("entree.root", "..")).toAbsolutePath().normalize();
        work = root.resolve("e2e/target/e2e");
        keys = root.resolve("support/src/main/resources/dev-only-keys");
        deleteRecursively(work);
        Files.createDirectories(work.resolve("logs"));
        List<String> apps = new ArrayList<>(SERVICES);
        for (String optional : List.of(WEB, HELP)) {
            if (Files.exists(jar(optional))) {
                apps.add(optional);
            }
        }
        List<Integer> free = freePorts(2 * apps.size() + 1);
        dbPort = free.get(0);
        for (int i = 0; i < apps.size(); i++) {
            ports.put(apps.get(i), free.get(2 * i + 1));
            managementPorts.put(apps.get(i), free.get(2 * i + 2));
        }
    }

    private Path jar(String app) {
        return root.resolve(app + "/target/quarkus-app/quarkus-run.jar");
    }

    /** The services plus, when built, the web front end and the public front door. */
    public List<String> apps() {
        return List.copyOf(ports.keySet());
    }

    public static synchronized Suite get() {
        if (instance == null) {
            try {
                instance = new Suite();
                // Before anything starts: a service that never gets ready must not leave the others running.
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll, "e2e-suite-stop"));
                instance.startPostgres();
                for (String app : instance.apps()) {
                    instance.launch(app);
                }
                for (String app : instance.apps()) {
                    instance.awaitReady(app);
                }
                RegionalHistory.seed(instance.url("forecast-service"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Where the app serves {@code /q/health} and {@code /q/metrics}: a port apart from its API. */
    public String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPorts.get(service);
    }

    Path log(String name) {
        return work.resolve("logs/" + name + ".log");
    }

    // --- services ---

    private void launch(String service) throws IOException {
        Path jar = jar(service);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Not packaged: " + jar + " (run ./mvnw verify from the root)");
        }
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(service)));
        if (SERVICES.contains(service)) {
            String database = service.substring(0, service.indexOf('-'));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/" + database);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        } else {
            env.put("ENTREE_DEV_SIGN_IN", "true");
        }
        env.put("ENTREE_JWT_ISSUER", nl.entree.support.token.Tokens.ISSUER);
        env.put("ENTREE_JWT_PUBLIC_KEY_LOCATION", keys.resolve("jwt-public.pem").toString());
        env.put("ENTREE_DEV_SIGNING_KEY_LOCATION", keys.resolve("jwt-private.pem").toString());
        env.put("ENTREE_SERVICE_SIGNING_KEY_LOCATION", keys.resolve("service-private.pem").toString());
        env.put("ENTREE_SERVICE_PUBLIC_KEY_LOCATION", keys.resolve("service-public.pem").toString());
        env.put("ENTREE_FRONT_DOOR_SIGNING_KEY_LOCATION", keys.resolve("front-door-private.pem").toString());
        env.put("ENTREE_FRONT_DOOR_PUBLIC_KEY_LOCATION", keys.resolve("front-door-public.pem").toString());
        // Quick exit goes somewhere this machine reaches (it has no internet): the directory's HSDS root will do.
        env.put("ENTREE_HELP_EXIT_URL", url("directory-service") + "/");
        env.put("ENTREE_ENCRYPTION_KEY", Files.readString(keys.resolve("encryption-key.txt")).trim());
        env.put("ENTREE_CLIENT_CODE_KEY", Files.readString(keys.resolve("client-code-key.txt")).trim());
        // The jars run as in production, which refuses the development keys above unless told they are meant.
        env.put("ENTREE_DEVELOPMENT_KEYS_ALLOWED", "true");
        env.put("ENTREE_INTAKE_URL", url("intake-service"));
        env.put("ENTREE_TRIAGE_URL", url("triage-service"));
        env.put("ENTREE_CAPACITY_URL", url("capacity-service"));
        env.put("ENTREE_FORECAST_URL", url("forecast-service"));
        env.put("ENTREE_DIRECTORY_URL", url("directory-service"));
        // Cases routed while the directory was down get their regional service soon after it is back.
        env.put("ENTREE_REGIONAL_SERVICE_RESOLVE_EVERY", "2s");
        // An offer not accepted in time reaches the coordinators within seconds, not the minute of production.
        env.put("ENTREE_ESCALATION_CHECK_EVERY", "2s");
        env.put("ENTREE_DEMO_DATA_DIR", root.resolve("data").toString());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()));
        processes.put(service, pb.start());
    }

    void start(String service) {
        try {
            launch(service);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(service);
    }

    /** SIGTERM, as a platform stops a pod; waits until the process is gone. */
    void stop(String service) {
        Process p = processes.remove(service);
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(40, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crashed node or the OOM killer ends a pod: no shutdown, requests in flight cut off. */
    void kill(String service) {
        Process p = processes.remove(service);
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Process process(String service) {
        return processes.get(service);
    }

    void awaitReady(String service) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Process p = processes.get(service);
            if (p != null && !p.isAlive()) {
                throw new IllegalStateException(service + " exited while starting; see " + log(service));
            }
            if (status(managementUrl(service) + "/q/health/ready") == 200 && listensOnItsPort(service)) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(service + " not ready within " + READY_TIMEOUT + "; see " + log(service));
    }

    /** Ready is only ours if this process says it bound the port; another process may be answering there. */
    private boolean listensOnItsPort(String service) {
        try {
            return Files.readString(log(service)).contains("Listening on: http://0.0.0.0:" + ports.get(service));
        } catch (IOException e) {
            return false;
        }
    }

    int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // --- PostgreSQL ---

    private void startPostgres() throws IOException {
        String classpath = root.resolve("support/target/classes") + java.io.File.pathSeparator
                + root.resolve("support/target/lib") + java.io.File.separator + "*";
        List<String> command = new ArrayList<>(List.of("java", "-Xmx192m", "-cp", classpath,
                "nl.entree.support.dev.DevPostgres", work.resolve("pgdata").toString(), String.valueOf(dbPort),
                log("postgres").toString(), "intake", "triage", "capacity", "forecast",
                "directory"));
        Path launcherLog = log("postgres-launcher");
        Files.deleteIfExists(launcherLog);
        postgres = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launcherLog.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(launcherLog) || !Files.readString(launcherLog).contains("PostgreSQL ready")) {
            if (!postgres.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not start; see " + launcherLog);
            }
            sleep(200);
        }
    }

    /** Stops PostgreSQL with SIGQUIT (what {@code pg_ctl stop -m immediate} sends), waits, then starts it again. */
    void restartPostgresImmediately(Duration down) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(work.resolve("pgdata/postmaster.pid")).get(0).trim());
            new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster)).inheritIO().start().waitFor();
            ProcessHandle.of(postmaster).ifPresent(h -> h.onExit().join());
            postgres.destroy();
            postgres.waitFor(30, TimeUnit.SECONDS);
            sleep(down.toMillis());
            startPostgres();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stopPostgres() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(work.resolve("pgdata/postmaster.pid")).get(0).trim());
            postgres.destroy();
            postgres.waitFor(30, TimeUnit.SECONDS);
            ProcessHandle.of(postmaster).ifPresent(h -> h.onExit().join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void startPostgresAgain() {
        try {
            startPostgres();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopAll() {
        new ArrayList<>(processes.keySet()).forEach(this::stop);
        if (postgres != null && postgres.isAlive()) {
            postgres.destroy();
            try {
                postgres.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Distinct free ports. Every socket stays open until all are chosen: a port closed at once may be handed out
     * again by the next bind, and two services on one port let the second one's readiness check see the first.
     */
    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
