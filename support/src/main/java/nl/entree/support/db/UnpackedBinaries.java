package nl.entree.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder where io.zonky unpacks the PostgreSQL binaries ({@code PG-<digest>} under its working directory).
 *
 * <p>zonky writes the marker {@code .exists} only after a complete unpack, and unpacks again over whatever is there
 * when the marker is missing. A run killed half-way (a newcomer's Ctrl-C, an out-of-memory launcher) leaves files that
 * the second unpack then trips over, so every later start fails the same way. A folder without the marker whose
 * unpack lock nobody holds is such a leftover: removing it lets the next unpack start clean.
 */
public final class UnpackedBinaries {

    /** zonky's lock file inside each {@code PG-*} folder, held by whoever unpacks. */
    private static final String UNPACK_LOCK = "epg-lock";

    private UnpackedBinaries() {
    }

    /** zonky's own rule: {@code -Dot.epg.working-dir}, else {@code embedded-pg} in the system temp folder. */
    public static Path workingDirectory() {
        String configured = System.getProperty("ot.epg.working-dir");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
    }

    public static void removeUnfinished(Path workingDirectory) throws IOException {
        if (!Files.isDirectory(workingDirectory)) {
            return;
        }
        try (Stream<Path> folders = Files.list(workingDirectory)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("PG-")).toList()) {
                if (!Files.exists(folder.resolve(".exists")) && nobodyUnpacks(folder)) {
                    System.err.println("Removing PostgreSQL binaries left half-unpacked by an interrupted run: " + folder);
                    delete(folder);
                }
            }
        }
    }

    private static boolean nobodyUnpacks(Path folder) throws IOException {
        Path lock = folder.resolve(UNPACK_LOCK);
        if (!Files.exists(lock)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            return held != null;
        } catch (OverlappingFileLockException unpackingInThisProcess) {
            return false;
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
