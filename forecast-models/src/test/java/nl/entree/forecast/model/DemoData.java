package nl.entree.forecast.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSG rows of the synthetic demo file, the repository's data/demo-monthly-contacts.csv that the services load:
 * read where it is, so that a revised file is what these tests check. Monthly, 2017-01 to 2022-12, without gaps.
 */
final class DemoData {

    static final String ACUTE = "CSG_ACUTE";
    static final String NON_ACUTE = "CSG_NON_ACUTE";
    static final String FIRST_PERIOD = "2017-01";
    private static final Path DEMO_FILE = Path.of("../data/demo-monthly-contacts.csv");

    private DemoData() {
    }

    static Map<String, double[]> csg() {
        Map<String, List<Double>> rows = new LinkedHashMap<>();
        try (var reader = Files.newBufferedReader(DEMO_FILE, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("CSG_")) {
                    continue;
                }
                String[] cells = line.split(",");
                rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(Double.parseDouble(cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        rows.forEach((name, values) -> series.put(name, values.stream().mapToDouble(Double::doubleValue).toArray()));
        return series;
    }

    /**
     * The one-off media events of the data README as a mask from 2017-01: #MeToo (Oct–Nov 2017), The Voice (Jan–Mar
     * 2022, with its tail) and the train assault (May 2022). The campaigns and the lockdown last months and shift the
     * level, so they are not masked.
     */
    static boolean[] mediaEvents(int length) {
        boolean[] mask = new boolean[length];
        for (String period : List.of("2017-10", "2017-11", "2022-01", "2022-02", "2022-03", "2022-05")) {
            int index = (Integer.parseInt(period.substring(0, 4)) - 2017) * 12 + Integer.parseInt(period.substring(5)) - 1;
            if (index < length) {
                mask[index] = true;
            }
        }
        return mask;
    }
}
