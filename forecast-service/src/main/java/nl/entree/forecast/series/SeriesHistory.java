package nl.entree.forecast.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SortedMap;

/**
 * A series ready for the models: {@code values[i]} is the count of period {@code first.plus(i)}, NaN for a gap.
 * Empty when the series has no observation yet ({@code first} null, {@code values} empty).
 */
public record SeriesHistory(SeriesEntity series, Period first, double[] values) {

    /** The history of {@code counts}, by the day each period starts; a period not in it is a gap. */
    static SeriesHistory of(SeriesEntity series, SortedMap<LocalDate, Long> counts) {
        if (counts.isEmpty()) {
            return new SeriesHistory(series, null, new double[0]);
        }
        Period first = Period.starting(series.granularity, counts.firstKey());
        Period last = Period.starting(series.granularity, counts.lastKey());
        double[] values = new double[last.ordinal() - first.ordinal() + 1];
        Arrays.fill(values, Double.NaN);
        counts.forEach((start, count) -> values[Period.starting(series.granularity, start).ordinal()
                - first.ordinal()] = count);
        return new SeriesHistory(series, first, values);
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public Period last() {
        return first == null ? null : first.plus(values.length - 1);
    }

    public int observed() {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    public Period periodAt(int index) {
        return first.plus(index);
    }
}
