package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A newcomer's first run: {@code bin/entree up} exactly as the README says, on a machine where the embedded PostgreSQL
 * was never unpacked and nothing was ever started. Differences from a newcomer's machine, so that it never meets a
 * running suite: its own state folder, its own PostgreSQL working directory, its own ports. Like a newcomer with
 * only Java 17, it runs the services on the {@code java} on the PATH.
 */
class FreshMachineIT {

    /** web, intake, triage, capacity, forecast, directory and help (+10) sit at these distances from ENTREE_PORT_BASE. */
    private static final int PORTS_PER_SUITE = 11;
    /** Each module's health and metrics listen this far above its port (bin/entree's management_port). */
    private static final int MANAGEMENT = 1000;
    /** Where Linux starts handing out local ports to outgoing connections (net.ipv4.ip_local_port_range). */
    private static final int EPHEMERAL_FROM = 32_768;

    private final Path root = Path.of(System.getProperty("entree.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path machine;

    @Test
    void binEntreeUpRunsTheWholeSuiteWithDemoDataOnAMachineThatNeverUnpackedPostgres() throws Exception {
        Path pgWorkingDir = machine.resolve("embedded-pg");
        assertFalse(Files.exists(pgWorkingDir));
        int base = freePortBlock();
        Map<String, String> env = environment(base, freePortBlock(), pgWorkingDir);

        Run up = entree(env, 300, "up");
        Run down = null;
        try {
            assertEquals(0, up.exit(), "bin/entree up failed:\n" + up.output() + logTails());
            assertTrue(up.output().contains("Entree is up"), up.output());
            assertFalse(up.output().contains("Building"), "a tree just built by ./mvnw is not built again:\n" + up.output());
            assertTrue(Files.isDirectory(pgWorkingDir), "the binaries were unpacked where they were told to go");

            Run status = entree(env, 60, "status");
            assertEquals(0, status.exit(), status.output());
            for (String app : List.of("intake-service", "triage-service", "capacity-service", "forecast-service",
                    "directory-service", "web", "help")) {
                assertTrue(status.output().lines().anyMatch(line -> line.startsWith(app) && line.contains("ready: UP")),
                        app + " is not up:\n" + status.output());
            }

            // The development sign-in gives any role to whoever asks: nobody else on the network may reach it.
            for (InetAddress address : ownNetworkAddresses()) {
                assertFalse(listening(address, base), "web answers on " + address + ", not only on this machine");
                assertFalse(listening(address, base + 1), "intake answers on " + address);
            }

            String casemanager = entree(env, 60, "token", "casemanager", "CSG").output().trim();
            String intake = "http://127.0.0.1:" + (base + 1);
            Client.Reply created = Client.postJson(intake + "/api/contacts", casemanager, Contacts.assessment(3),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertEquals(201, created.status(), created.body());
            JsonNode routing = awaitRouting(intake + "/api/contacts/" + created.json().get("id").asText(), casemanager);
            assertTrue(routing.hasNonNull("leadOrganisation"), "the contact was routed: " + routing);

            String coordinator = entree(env, 60, "token", "coordinator").output().trim();
            Client.Reply demo = Client.get("http://127.0.0.1:" + (base + 4) + "/api/series/CSG_ACUTE", coordinator);
            assertEquals(200, demo.status(), "the demo series shipped in data/ are loaded: " + demo.body());
            assertEquals(72, demo.json().at("/series/observations").asInt());

            Client.Reply frontDoor = Client.get("http://127.0.0.1:" + (base + 10) + "/", null);
            assertEquals(200, frontDoor.status(), "the public front door answers without a token");
            assertTrue(frontDoor.body().contains("Snel weg"), frontDoor.body());
        } finally {
            // Seven JVMs writing their start-up caches at once: bin/entree gives each up to 240 s.
            down = entree(env, 300, "down");
            assertEquals(0, down.exit(), down.output());
        }
        // The first run recorded each module's start-up cache, written as it stopped: the next up starts from it.
        List<String> caches;
        try (var files = Files.list(machine.resolve("state/aot"))) {
            caches = files.filter(c -> c.toFile().length() > 0).map(c -> c.getFileName().toString()).toList();
        }
        for (String app : List.of("intake-service", "triage-service", "capacity-service", "forecast-service",
                "directory-service", "web", "help")) {
            assertTrue(caches.stream().anyMatch(c -> c.startsWith(app + "-java")),
                    "no start-up cache for " + app + " among " + caches + "; bin/entree down said:\n" + down.output());
        }
        for (int offset = 0; offset < PORTS_PER_SUITE; offset++) {
            assertFalse(listening(base + offset), "port " + (base + offset) + " still answers after bin/entree down");
            assertFalse(listening(base + MANAGEMENT + offset),
                    "port " + (base + MANAGEMENT + offset) + " still answers after bin/entree down");
        }
        assertFalse(listening(Integer.parseInt(env.get("ENTREE_DB_PORT"))), "PostgreSQL still answers after down");
    }

    @Test
    void aPostgresLauncherThatDiesIsReportedAtOnceWithItsLogNotAfterTheReadinessTimeout() throws Exception {
        Map<String, String> env = environment(freePortBlock(), freePortBlock(), machine.resolve("embedded-pg"));
        env.put("ENTREE_READY_TIMEOUT", "900");
        // A data folder that cannot be created: the launcher stops before PostgreSQL ever starts.
        Files.createDirectories(machine.resolve("state"));
        Files.writeString(machine.resolve("state/pgdata"), "not a folder");

        Run up = entree(env, 120, "up");

        assertNotEquals(0, up.exit(), up.output());
        assertTrue(up.output().contains("PostgreSQL stopped while starting"), up.output());
        assertTrue(up.output().contains("Cannot create"), "the launcher's own words are shown: " + up.output());
        Run down = entree(env, 60, "down");
        assertEquals(0, down.exit(), down.output());
    }

    private Map<String, String> environment(int portBase, int dbPort, Path pgWorkingDir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ENTREE_STATE_DIR", machine.resolve("state").toString());
        env.put("ENTREE_PG_WORKING_DIR", pgWorkingDir.toString());
        env.put("ENTREE_PORT_BASE", String.valueOf(portBase));
        env.put("ENTREE_DB_PORT", String.valueOf(dbPort));
        // A newcomer has Java 17 only: no JDK 25 ahead-of-time cache, even where this machine has one.
        env.put("ENTREE_JAVA", "java");
        return env;
    }

    /** The end of each module's log: the temporary machine, and the logs with it, are gone once the test ends. */
    private String logTails() throws IOException {
        Path logs = machine.resolve("state/logs");
        if (!Files.isDirectory(logs)) {
            return "";
        }
        StringBuilder tails = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path log : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.contains("][cds]")).toList();
                tails.append("\n--- ").append(log.getFileName()).append(", its last lines:\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            }
        }
        return tails.toString();
    }

    record Run(int exit, String output) {
    }

    /** Runs bin/entree as a newcomer's shell would, and gives up (killing it) only if it hangs. */
    private Run entree(Map<String, String> env, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/entree").toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(machine, "entree-", ".out");
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().putAll(env);
        Process process = pb.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("bin/entree " + String.join(" ", args) + " still running after " + timeoutSeconds
                    + " s:\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static JsonNode awaitRouting(String url, String token) throws IOException {
        for (int attempt = 0; attempt < 240; attempt++) {
            Client.Reply contact = Client.get(url, token);
            JsonNode routing = contact.status() == 200 ? contact.json().get("routing") : null;
            if (routing != null && routing.hasNonNull("leadOrganisation")) {
                return routing;
            }
            Suite.sleep(250);
        }
        throw new AssertionError("not routed within a minute: " + url);
    }

    /**
     * The first port of a block of free ports: a suite needs PORTS_PER_SUITE of them in a row, and as many again
     * MANAGEMENT above them. All below Linux's ephemeral range (32768 on): a port free when chosen could otherwise be
     * taken, in the minute before a module binds it, as the local end of a connection the running suite opens.
     */
    private static int freePortBlock() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + (int) (Math.random() * (EPHEMERAL_FROM - 20_000 - MANAGEMENT - PORTS_PER_SUITE));
            boolean free = true;
            for (int offset = 0; offset < PORTS_PER_SUITE && free; offset++) {
                free = !listening(base + offset) && bindable(base + offset)
                        && !listening(base + MANAGEMENT + offset) && bindable(base + MANAGEMENT + offset);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no block of " + PORTS_PER_SUITE + " free ports");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean listening(int port) {
        return listening(InetAddress.getLoopbackAddress(), port);
    }

    private static boolean listening(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** This machine's addresses that others on its networks could connect to. */
    private static List<InetAddress> ownNetworkAddresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> !a.isLinkLocalAddress() && !a.isLoopbackAddress()).forEach(found::add);
            }
        }
        return found;
    }
}
