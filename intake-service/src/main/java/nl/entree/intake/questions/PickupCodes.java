package nl.entree.intake.questions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import nl.entree.intake.crypto.ClientCodes;

/**
 * Pickup codes: four words drawn from 2,048 everyday Dutch words ({@code pickup-words-nl.txt}, checked against the
 * OpenTaal word list), 44 bits, easy to write down and to read out. Kept only as a keyed hash under the client-code
 * key, so a copy of the database cannot be searched for them; with the limits on pickups (docs/help.md) guessing one
 * is out of reach.
 */
// Started eagerly so that a broken word list stops the service at boot, not at the first question.
@Startup
@ApplicationScoped
class PickupCodes {

    static final int WORDS = 4;
    static final int LIST_SIZE = 2048;
    private static final int SHORTEST = 4;
    private static final int LONGEST = 8;

    private final List<String> words;
    private final Set<String> known;
    private final SecureRandom random = new SecureRandom();
    private final ClientCodes hashes;

    PickupCodes(ClientCodes hashes) {
        this.hashes = hashes;
        this.words = load();
        this.known = new HashSet<>(words);
    }

    String next() {
        StringJoiner code = new StringJoiner(" ");
        for (int i = 0; i < WORDS; i++) {
            code.add(words.get(random.nextInt(words.size())));
        }
        return code.toString();
    }

    String hash(String code) {
        return hashes.hash(code);
    }

    /**
     * What a typed code may be stored as. However it was typed (capitals, dashes, extra spaces, or none), the same four
     * words find the same hash. Something that is not four known words is hashed all the same, and finds nothing.
     */
    List<String> candidates(String typed) {
        return hashes.candidates(fourWords(typed).orElseGet(() -> letters(typed, " ")));
    }

    boolean wellFormed(String typed) {
        return fourWords(typed).isPresent();
    }

    /**
     * The code's four known words, apart by a space: as the person parted them, or, when they did not (a phone's
     * keyboard, a code read out and typed as one word), the one way its letters part into four known words. None
     * when its letters part no way or more than one: then the code is read as typed, and finds nothing.
     */
    private Optional<String> fourWords(String typed) {
        String[] parts = letters(typed, " ").split(" ");
        if (parts.length == WORDS && Arrays.stream(parts).allMatch(known::contains)) {
            return Optional.of(String.join(" ", parts));
        }
        return onlyParting(letters(typed, "")).map(words -> String.join(" ", words));
    }

    private static String letters(String typed, String between) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", between).strip();
    }

    private Optional<List<String>> onlyParting(String letters) {
        int n = letters.length();
        if (n < WORDS * SHORTEST || n > WORDS * LONGEST) {
            return Optional.empty();
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
            return Optional.empty();
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
        return Optional.of(words);
    }

    private static List<String> load() {
        try (InputStream in = PickupCodes.class.getResourceAsStream("/pickup-words-nl.txt")) {
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
            if (list.size() != LIST_SIZE || new HashSet<>(list).size() != LIST_SIZE
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
