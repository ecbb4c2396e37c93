package org.diplomacykg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.diplomacykg.ingest.BadInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the watched folder calls for a build, polled by hand over real files: a file is taken once
 * two polls agree on its size and time, a burst makes one build, a rewrite of a built file holds the
 * build back, a removal is a change, hidden files are never seen.
 */
class SettledFilesTest {
    @TempDir
    Path dir;
    Path input;
    Path watched;
    SettledFiles settled;

    @BeforeEach
    void folders() throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        watched = Files.createDirectories(dir.resolve("watched"));
        write(input, "seed.txt", "a seed article", 1_000);
        settled = new SettledFiles(scan());
    }

    FolderScan scan() {
        return FolderScan.of(List.of(input, watched));
    }

    static Path write(Path folder, String name, String text, long millis) throws Exception {
        Path f = Files.writeString(folder.resolve(name), text);
        Files.setLastModifiedTime(f, FileTime.fromMillis(millis));
        return f;
    }

    static List<String> names(FolderScan scan) {
        return scan.paths().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void aNewFileIsTakenOnceTwoPollsAgreeOnIt() throws Exception {
        assertNull(settled.next(scan()), "nothing changed");
        write(watched, "new.txt", "half of an art", 2_000);
        assertNull(settled.next(scan()), "a file seen for the first time may still be written");
        write(watched, "new.txt", "half of an article, now whole", 2_500);
        assertNull(settled.next(scan()), "it grew since the last poll");
        FolderScan next = settled.next(scan());
        assertNotNull(next, "two polls agree: it is taken");
        assertEquals(List.of("seed.txt", "new.txt"), names(next));
        settled.built(next);
        assertNull(settled.next(scan()), "built: nothing more to do");
    }

    @Test
    void aBurstSettlesIntoOneBuildAndAFileStillWrittenWaitsWhileTheOthersGoIn() throws Exception {
        write(watched, "a.txt", "first", 2_000);
        write(watched, "b.txt", "second", 2_000);
        assertNull(settled.next(scan()));
        write(watched, "c.txt", "third, still being copied", 3_000);
        FolderScan next = settled.next(scan());
        assertEquals(List.of("seed.txt", "a.txt", "b.txt"), names(next), "a and b in one build; c not yet");
        settled.built(next);
        assertEquals(List.of("seed.txt", "a.txt", "b.txt", "c.txt"), names(settled.next(scan())), "c next, once settled");
    }

    @Test
    void aBuiltFileBeingRewrittenHoldsTheBuildBackInsteadOfDroppingIt() throws Exception {
        write(watched, "a.txt", "first version", 2_000);
        settled.next(scan());
        settled.built(settled.next(scan()));
        write(watched, "a.txt", "second version, longer", 4_000);
        write(watched, "b.txt", "another", 4_000);
        assertNull(settled.next(scan()), "a.txt is being rewritten: building without it would drop its article");
        FolderScan next = settled.next(scan());
        assertEquals(List.of("seed.txt", "a.txt", "b.txt"), names(next));
        assertEquals(FileChanges.between(settled.built(), next), new FileChanges(List.of("b.txt"), List.of("a.txt"), List.of()));
    }

    @Test
    void aRemovedFileIsAChangeAndHiddenFilesAreNeverSeen() throws Exception {
        Path a = write(watched, "a.txt", "first", 2_000);
        settled.next(scan());
        FolderScan built = settled.next(scan());
        settled.built(built);
        write(watched, ".b.txt.part", "a writer's file under a hidden name", 3_000);
        assertNull(settled.next(scan()));
        assertNull(settled.next(scan()), "hidden files are not inputs");
        Files.delete(a);
        FolderScan next = settled.next(scan());
        assertEquals(List.of("seed.txt"), names(next), "a removal needs no settling");
        assertEquals(new FileChanges(List.of(), List.of(), List.of("a.txt")), FileChanges.between(built, next));
    }

    @Test
    void aMissingFolderIsNamedNotTakenForAnEmptyOne() throws Exception {
        Files.delete(watched);
        BadInputException e = assertThrows(BadInputException.class, this::scan);
        assertTrue(e.getMessage().contains(watched.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
    }
}
