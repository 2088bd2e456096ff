package nl.entree.common.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Which safety region a municipality lies in, so that a casemanager (or a person at the front door) can name the
 * place they know instead of a region code they rarely do. The table and its source are in {@code municipalities.csv}
 * beside this class. A name is matched as people type it: case, accents, apostrophes and hyphens do not matter
 * ("sudwest fryslan", "s-Gravenhage", "Den Haag"); a name that fits two municipalities (Bergen) matches neither.
 */
public final class Municipalities {

    private static final List<Municipality> ALL = load();
    private static final Map<String, Municipality> BY_NAME = index(ALL);

    private Municipalities() {
    }

    /** Every municipality, by name. */
    public static List<Municipality> all() {
        return ALL;
    }

    /** The one municipality this typed name stands for, or empty when it stands for none or for more than one. */
    public static Optional<Municipality> named(String typed) {
        return typed == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalise(typed)));
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Map<String, Municipality> index(List<Municipality> all) {
        Map<String, Municipality> byName = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Municipality m : all) {
            Set<String> names = new LinkedHashSet<>(m.alsoKnownAs());
            names.add(m.name());
            // "Bergen (NH.)" is also typed "Bergen", which is as much Bergen (L.): such a short name is counted, not kept
            if (m.name().contains("(")) {
                names.add(m.name().substring(0, m.name().indexOf('(')));
            }
            for (String key : names.stream().map(Municipalities::normalise).collect(Collectors.toSet())) {
                uses.merge(key, 1, Integer::sum);
                byName.put(key, m);
            }
        }
        uses.forEach((key, count) -> {
            if (count > 1) {
                byName.remove(key);
            }
        });
        return Map.copyOf(byName);
    }

    private static List<Municipality> load() {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = Municipalities.class.getResourceAsStream("municipalities.csv");
                MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                        .readValues(in)) {
            List<Municipality> all = new ArrayList<>();
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String also = row.get("also");
                all.add(new Municipality(row.get("code"), row.get("name"), Region.valueOf(row.get("region")),
                        also == null || also.isBlank() ? List.of() : Arrays.asList(also.split("\\|"))));
            }
            all.sort(Comparator.comparing(m -> normalise(m.name())));
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("municipalities.csv", e);
        }
    }
}
