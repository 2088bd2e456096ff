package nl.entree.help.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The 2,048 words pickup codes are drawn from: a copy of intake's {@code pickup-words-nl.txt}, kept equal to it by
 * {@code PickupWordsTest}. intake reads a typed code by its spaces and dashes; a code typed without them, or with them
 * in the wrong place, is read here into its four words first, so that it finds its question rather than using up a
 * try on "not found".
 */
@ApplicationScoped
public class PickupWords {

    static final int WORDS = 4;
    static final int LIST_SIZE = 2048;
    private static final int SHORTEST = 4;
    private static final int LONGEST = 8;

    private final Set<String> known;

    public PickupWords() {
        this(load());
    }

    PickupWords(List<String> words) {
        this.known = Set.copyOf(words);
    }

    /**
     * The code as intake should read it: as typed when its own spaces and dashes already part four known words, or
     * when its letters part into four known words in no way or in more than one (intake then finds nothing, as it
     * did); else those four words, with a space between them.
     */
    public String normalise(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String[] parts = lower.replaceAll("[^a-z]+", " ").strip().split(" ");
        if (parts.length == WORDS && Arrays.stream(parts).allMatch(known::contains)) {
            return typed;
        }
        List<String> words = onlyParting(lower.replaceAll("[^a-z]+", ""));
        return words == null ? typed : String.join(" ", words);
    }

    /** The one way to part {@code letters} into four known words, or null when there is none or more than one. */
    private List<String> onlyParting(String letters) {
        int n = letters.length();
        if (n < WORDS * SHORTEST || n > WORDS * LONGEST) {
            return null;
        }
        // ways[i][k]: in how many ways letters[i..] parts into exactly k known words, counted no further than 2.
        int[][] ways = new int[n + 1][WORDS + 1];
        ways[n][0] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int k = 1; k <= WORDS; k++) {
                int count = 0;
                for (int length = SHORTEST; length <= LONGEST && i + length <= n; length++) {
                    if (ways[i + length][k - 1] > 0 && known.contains(letters.substring(i, i + length))) {
                        count = Math.min(2, count + ways[i + length][k - 1]);
                    }
                }
                ways[i][k] = count;
            }
        }
        if (ways[0][WORDS] != 1) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        for (int k = WORDS; k > 0; k--) {
            for (int length = SHORTEST; length <= LONGEST && i + length <= n; length++) {
                if (ways[i + length][k - 1] > 0 && known.contains(letters.substring(i, i + length))) {
                    words.add(letters.substring(i, i + length));
                    i += length;
                    break;
                }
            }
        }
        return words;
    }

    static List<String> load() {
        try (InputStream in = PickupWords.class.getResourceAsStream("/pickup-words-nl.txt")) {
            if (in == null) {
                throw new IllegalStateException("pickup-words-nl.txt is missing");
            }
            List<String> list = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        list.add(line.strip());
                    }
                }
            }
            if (list.size() != LIST_SIZE || Set.copyOf(list).size() != LIST_SIZE
                    || !list.stream().allMatch(w -> w.matches("[a-z]{4,8}"))) {
                throw new IllegalStateException("pickup-words-nl.txt must hold " + LIST_SIZE
                        + " different words of 4 to 8 letters a-z");
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new IllegalStateException("pickup-words-nl.txt cannot be read", e);
        }
    }
}
