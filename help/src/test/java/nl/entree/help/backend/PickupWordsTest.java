package nl.entree.help.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class PickupWordsTest {

    private final PickupWords words = new PickupWords();

    @Test
    void aCodeWithoutSpacesOrWithThemInTheWrongPlaceIsReadAsItsFourWords() {
        assertEquals("tafel wolk fiets appel", words.normalise("tafelwolkfietsappel"));
        assertEquals("tafel wolk fiets appel", words.normalise("TAFELWOLKFIETSAPPEL"));
        assertEquals("tafel wolk fiets appel", words.normalise("tafelw-olkfiets appel"));
        assertEquals("tafel wolk fiets appel", words.normalise("  tafel wolkfiets--appel "));
    }

    @Test
    void aCodeInItsFourWordsOrThatPartsNoWayIsLeftAsTyped() {
        assertEquals("Tafel-Wolk-Fiets-Appel", words.normalise("Tafel-Wolk-Fiets-Appel"));
        assertEquals("tafelwolkfietsxyzq", words.normalise("tafelwolkfietsxyzq"));
        assertEquals("tafel wolk fiets", words.normalise("tafel wolk fiets"));
        assertEquals("", words.normalise(""));
    }

    /** A code whose letters part into four known words in two ways is left as typed: help may not pick one. */
    @Test
    void aCodeThatPartsInMoreThanOneWayIsLeftAsTyped() {
        PickupWords list = new PickupWords(List.of("abcd", "abcde", "efghi", "fghi", "jklm", "nopq"));
        assertEquals("abcdefghijklmnopq", list.normalise("abcdefghijklmnopq"));
        assertEquals("abcdefgh-ijklmnopq", list.normalise("abcdefgh-ijklmnopq"));
        assertEquals("abcd efghijklmnopq", list.normalise("abcd efghijklmnopq"));
    }

    /** help's copy must be intake's list, or a code intake drew might be parted into words intake never draws. */
    @Test
    void theListIsIntakesList() throws IOException {
        Path intakes = Path.of("..", "intake-service", "src", "main", "resources", "pickup-words-nl.txt");
        List<String> theirs = Files.readAllLines(intakes, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(String::strip).toList();
        assertEquals(theirs, PickupWords.load());
    }
}
