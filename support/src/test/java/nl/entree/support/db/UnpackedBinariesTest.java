package nl.entree.support.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedBinariesTest {

    @TempDir
    Path workingDirectory;

    @Test
    void aFolderThatAnInterruptedRunLeftHalfUnpackedIsRemovedSoTheNextUnpackStartsClean() throws IOException {
        Path leftover = halfUnpacked("PG-0123abcd");

        UnpackedBinaries.removeUnfinished(workingDirectory);

        assertFalse(Files.exists(leftover));
    }

    @Test
    void completeBinariesStay() throws IOException {
        Path complete = halfUnpacked("PG-complete");
        Files.createFile(complete.resolve(".exists"));

        UnpackedBinaries.removeUnfinished(workingDirectory);

        assertTrue(Files.exists(complete.resolve("bin/postgres")));
    }

    @Test
    void binariesThatAnotherProcessIsUnpackingRightNowStay() throws IOException {
        Path unpacking = halfUnpacked("PG-busy");
        try (FileChannel channel = FileChannel.open(unpacking.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            UnpackedBinaries.removeUnfinished(workingDirectory);
        }

        assertTrue(Files.exists(unpacking.resolve("bin/postgres")));
    }

    @Test
    void aWorkingDirectoryThatDoesNotExistYetIsNothingToCleanUp() throws IOException {
        UnpackedBinaries.removeUnfinished(workingDirectory.resolve("never-created"));

        assertFalse(Files.exists(workingDirectory.resolve("never-created")));
    }

    private Path halfUnpacked(String name) throws IOException {
        Path folder = Files.createDirectories(workingDirectory.resolve(name).resolve("bin")).getParent();
        Files.writeString(folder.resolve("bin/postgres"), "part of a binary");
        Files.createSymbolicLink(folder.resolve("bin/postmaster"), Path.of("postgres"));
        return folder;
    }
}
