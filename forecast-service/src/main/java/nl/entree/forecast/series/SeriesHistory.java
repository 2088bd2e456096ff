package nl.entree.forecast.series;

/**
 * A series ready for the models: {@code values[i]} is the count of period {@code first.plus(i)}, NaN for a gap.
 * Empty when the series has no observation yet ({@code first} null, {@code values} empty).
 */
public record SeriesHistory(SeriesEntity series, Period first, double[] values) {

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
