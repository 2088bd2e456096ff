package nl.entree.common.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The suite's one small-count rule: no figure a ministry can read may reveal a count below {@link #THRESHOLD},
 * directly or by arithmetic. docs/privacy.md describes how each service applies it.
 * <p>
 * Suppression of small counts in one two-way table with its margins (row totals, column totals, grand
 * total); a single line of parts with their total is a table of one row ({@link #suppressLine}).
 * <ol>
 * <li>Primary: every count from 1 to 9, cell or margin, is suppressed. Zeros are published.</li>
 * <li>Secondary: every additive relation (a row with its total, a column with its total, the row totals with
 * the grand total, the column totals with the grand total) must hide either nothing, or at least two of its
 * members, of which, under a visible total, at least one hidden part is {@link #THRESHOLD} or more: one hidden
 * value is its total minus the others, and small ones hidden only with each other are known by their sum (a line
 * of 380, 1300, 3, 60, 62 and 4 with its total gives 3 + 4 = 7). While a relation falls short, the smallest other
 * positive part in it is suppressed too (its total when none is left), and all relations are checked again until
 * none changes. That is the rule of months before {@link #PARTNERS_IN_A_FIXED_ORDER_FROM}; from then on partners
 * are taken in a fixed order ({@link #suppress(long[], YearMonth)}, {@link #suppress(long[][], YearMonth)}).</li>
 * </ol>
 * A zero is never chosen to protect another cell: a zero is often known anyway (a row whose total is 0), and then
 * it protects nothing. This leaves every suppressed cell with a range of possible values rather than one. A table
 * whose grand total ends up hidden is hidden whole, zeros included, and tables wider than two columns are refused
 * ({@link #suppress}).
 * <p>
 * What the rule before it (until 2026-12-06) hid stays hidden too ({@link #suppress}): months are frozen when a
 * ministry first sees them, and a read under each rule would otherwise show what the other hides. A change of the
 * rule adds to what is hidden, never takes away.
 */
public final class SmallCellSuppression {

    public static final long THRESHOLD = 10;

    /** The first month whose lines take their partners in a fixed order ({@link #suppress(long[], YearMonth)}). */
    public static final YearMonth PARTNERS_IN_A_FIXED_ORDER_FROM = YearMonth.of(2026, 12);

    /** One published number: a cell or a margin. */
    public static final class Entry {
        final long value;
        final boolean total;
        boolean suppressed;

        Entry(long value, boolean total) {
            this.value = value;
            this.total = total;
            this.suppressed = isSmall(value);
        }

        public long value() {
            return value;
        }

        public boolean suppressed() {
            return suppressed;
        }
    }

    /** The table with its margins, each entry marked suppressed or not. */
    public record Table(Entry[][] cells, Entry[] rowTotals, Entry[] columnTotals, Entry grandTotal) {

        private void hideAlso(Table other) {
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    cells[r][c].suppressed |= other.cells[r][c].suppressed;
                }
                rowTotals[r].suppressed |= other.rowTotals[r].suppressed;
            }
            for (int c = 0; c < columnTotals.length; c++) {
                columnTotals[c].suppressed |= other.columnTotals[c].suppressed;
            }
            grandTotal.suppressed |= other.grandTotal.suppressed;
        }

        private void hideEverything() {
            for (int r = 0; r < cells.length; r++) {
                for (Entry cell : cells[r]) {
                    cell.suppressed = true;
                }
                rowTotals[r].suppressed = true;
            }
            for (Entry total : columnTotals) {
                total.suppressed = true;
            }
            grandTotal.suppressed = true;
        }
    }

    private SmallCellSuppression() {
    }

    /** A count from 1 to 9: it could point at a person. Zero points at nobody and is published. */
    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /**
     * A figure on the scale of a count (a projection, a bound, a sum of fractional counts) that would read as
     * fewer than {@link #THRESHOLD}; ministries are promised that no such figure is shown.
     */
    public static boolean isSmall(double figure) {
        return figure > 0 && figure < THRESHOLD;
    }

    /**
     * Parts of {@code period} whose total is published, or can be learned elsewhere: which parts to hide so that no
     * small one can be worked out, from the total, the visible parts and the rule itself.
     */
    public static boolean[] suppressLine(long[] parts, YearMonth period) {
        Table table = suppress(parts, period);
        boolean[] hidden = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            hidden[i] = table.cells()[0][i].suppressed();
        }
        return hidden;
    }

    /**
     * The same as a table of one row, whose row total is the grand total. For a line of a year, its first month.
     * <p>
     * From {@link #PARTNERS_IN_A_FIXED_ORDER_FROM} on, partners are taken in a fixed order, the last part first,
     * until the hidden parts add up to at least {@code 10 × hidden}. Neither depends on how large a visible part
     * is: a reader who knows the rule learns only that a hidden part is from 1 to 9 or 10 or more, and that sum, and
     * any small part can then be anything from 1 to 9 (common/README, "Partners in a fixed order"). The rule before
     * chose the smallest other part, which told a reader it was no larger than the smallest visible one: a hidden 4
     * with its partner 10 beside a visible 10 was 4. Earlier months keep what they were published with: a ministry
     * has seen them, and a read under each rule would show what the other hides.
     */
    public static Table suppress(long[] parts, YearMonth period) {
        return period.isBefore(PARTNERS_IN_A_FIXED_ORDER_FROM) ? suppress(new long[][] {parts}) : inFixedOrder(parts);
    }

    private static Table inFixedOrder(long[] parts) {
        Entry[] cells = new Entry[parts.length];
        long sum = 0;
        for (int i = 0; i < parts.length; i++) {
            cells[i] = new Entry(parts[i], false);
            sum += parts[i];
        }
        Entry total = new Entry(sum, true);
        Entry[] columnTotals = new Entry[parts.length];
        for (int i = 0; i < parts.length; i++) {
            columnTotals[i] = new Entry(parts[i], true);
        }
        Table table = new Table(new Entry[][] {cells}, new Entry[] {total}, columnTotals, total);
        long hiddenSum = 0;
        int hidden = 0;
        for (Entry cell : cells) {
            if (cell.suppressed) {
                hiddenSum += cell.value;
                hidden++;
            }
        }
        int next = parts.length - 1;
        while (!total.suppressed && hidden > 0 && hiddenSum < THRESHOLD * hidden) {
            while (next >= 0 && (cells[next].suppressed || cells[next].value == 0)) {
                next--;
            }
            if (next < 0) {
                total.suppressed = true;
                break;
            }
            cells[next].suppressed = true;
            hiddenSum += cells[next].value;
            hidden++;
        }
        if (total.suppressed) {
            table.hideEverything();
        }
        for (int i = 0; i < parts.length; i++) {
            columnTotals[i].suppressed = cells[i].suppressed;
        }
        return table;
    }

    /**
     * A two-way table of {@code period}. From {@link #PARTNERS_IN_A_FIXED_ORDER_FROM} on, as a line: partners in a
     * fixed order, the last part of a relation first, until every relation under a visible total hides none of its
     * parts, or at least two adding up to {@code 10 × hidden} or more. Which part joins depends on where it stands,
     * never on how large a visible one is. The rule before chose the smallest other part, and a reader who knew that
     * could pin a hidden 1: beside a visible 12, two hidden acute counts adding up to 11 could not both be small (the
     * 12 would have been hidden too), so one was 10 and the other 1 (docs/privacy.md). Two parts hidden alone in a
     * row are never left either: their row would give a partner exactly, and with it the column's small part.
     * Earlier months keep what they were published with ({@link #suppress(long[][])}): a ministry has seen them.
     */
    public static Table suppress(long[][] counts, YearMonth period) {
        if (period.isBefore(PARTNERS_IN_A_FIXED_ORDER_FROM)) {
            return suppress(counts);
        }
        requireTwoColumns(counts);
        Table table = table(counts);
        List<List<Entry>> relations = relations(table);
        boolean changed = true;
        while (changed && !table.grandTotal().suppressed) {
            changed = false;
            for (List<Entry> relation : relations) {
                Entry total = relation.get(relation.size() - 1);
                List<Entry> parts = relation.subList(0, relation.size() - 1);
                if (total.suppressed) {
                    // A total hidden for its margin's sake is still the sum of its parts: with all of them visible
                    // it is known, and the margin's small part with it.
                    if (parts.stream().noneMatch(e -> e.suppressed)) {
                        Optional<Entry> partner = lastVisiblePositive(parts);
                        partner.ifPresent(e -> e.suppressed = true);
                        changed |= partner.isPresent();
                    }
                    continue;
                }
                long hidden = parts.stream().filter(e -> e.suppressed).count();
                long hiddenSum = parts.stream().filter(e -> e.suppressed).mapToLong(e -> e.value).sum();
                if (hidden > 0 && (hidden == 1 || hiddenSum < THRESHOLD * hidden)) {
                    lastVisiblePositive(parts).orElse(total).suppressed = true;
                    changed = true;
                }
            }
        }
        if (table.grandTotal().suppressed) {
            table.hideEverything();
        }
        return table;
    }

    private static Optional<Entry> lastVisiblePositive(List<Entry> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (!parts.get(i).suppressed && parts.get(i).value > 0) {
                return Optional.of(parts.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The table with what the rule before {@link #PARTNERS_IN_A_FIXED_ORDER_FROM} hides, and what every earlier rule
     * hid as well: a month a ministry saw under an earlier rule is read again under this one, and a cell that only one
     * of the two hides would be shown by the other. Frozen counts with a pattern that only grows keep every read, old
     * or new, from adding to another.
     */
    public static Table suppress(long[][] counts) {
        requireTwoColumns(counts);
        Table table = suppress(counts, Rule.NO_SMALL_SUM);
        table.hideAlso(suppress(counts, Rule.NEVER_ONE_ALONE));
        if (table.grandTotal().suppressed()) {
            // A hidden total says every part of it is small, and the same total is published elsewhere (the same
            // month's other table, triage's lines): phone 9 and 9 beside visible zeros and a total of 18 gives both.
            // Hidden whole, zeros too, the table says only that the month is small.
            table.hideEverything();
        }
        return table;
    }

    private static void requireTwoColumns(long[][] counts) {
        if (counts.length > 1 && counts[0].length > 2) {
            // With three columns or more, two groups of hidden cells that each close on themselves can be joined by
            // one hidden cell, which their row and column totals then give exactly. Line checks cannot see that; no
            // table here is that wide, and a wider one needs an audit of its hidden pattern first (common/README).
            throw new IllegalArgumentException("tables of more than two columns are not protected by this rule: "
                    + counts.length + " × " + counts[0].length);
        }
    }

    /** How a relation that falls short is made good until 2026-11: the rule then, and the one before it. */
    private enum Rule {
        /** Until 2026-12-06: no relation hides exactly one value; the partner may be a zero. */
        NEVER_ONE_ALONE,
        /** Since: nor small parts only with each other under a visible total; never a zero as partner. */
        NO_SMALL_SUM
    }

    private static Table suppress(long[][] counts, Rule rule) {
        Table table = table(counts);
        List<List<Entry>> relations = relations(table);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Entry> relation : relations) {
                if (rule == Rule.NO_SMALL_SUM ? exposed(relation) : hidesOne(relation)) {
                    Optional<Entry> partner = rule == Rule.NO_SMALL_SUM ? partner(relation) : anyPartner(relation);
                    partner.ifPresent(e -> e.suppressed = true);
                    changed |= partner.isPresent();
                }
            }
        }
        return table;
    }

    /** The counts with their margins, the small ones marked. */
    private static Table table(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        Entry[][] cells = new Entry[rows][columns];
        Entry[] rowTotals = new Entry[rows];
        Entry[] columnTotals = new Entry[columns];
        long[] columnSums = new long[columns];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            long rowSum = 0;
            for (int c = 0; c < columns; c++) {
                cells[r][c] = new Entry(counts[r][c], false);
                rowSum += counts[r][c];
                columnSums[c] += counts[r][c];
            }
            rowTotals[r] = new Entry(rowSum, true);
            grand += rowSum;
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = new Entry(columnSums[c], true);
        }
        return new Table(cells, rowTotals, columnTotals, new Entry(grand, true));
    }

    /** Every additive relation of the table: each row and each column with its total, and both margins. */
    private static List<List<Entry>> relations(Table table) {
        Entry[][] cells = table.cells();
        Entry[] rowTotals = table.rowTotals();
        Entry[] columnTotals = table.columnTotals();
        Entry grandTotal = table.grandTotal();
        int rows = cells.length;
        int columns = columnTotals.length;
        List<List<Entry>> relations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Entry> relation = new ArrayList<>(List.of(cells[r]));
            relation.add(rowTotals[r]);
            relations.add(relation);
        }
        for (int c = 0; c < columns; c++) {
            List<Entry> relation = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                relation.add(cells[r][c]);
            }
            relation.add(columnTotals[c]);
            relations.add(relation);
        }
        List<Entry> rowMargin = new ArrayList<>(List.of(rowTotals));
        rowMargin.add(grandTotal);
        relations.add(rowMargin);
        List<Entry> columnMargin = new ArrayList<>(List.of(columnTotals));
        columnMargin.add(grandTotal);
        relations.add(columnMargin);
        return relations;
    }

    /**
     * Parts first, their total last: whether the visible ones tell a hidden value, or may tell a small sum of them.
     * Hidden small parts are joined by a part of {@link #THRESHOLD} or more whatever their sum, so that which cells
     * are hidden depends only on which counts are small, never on how small they are.
     */
    private static boolean exposed(List<Entry> relation) {
        List<Entry> parts = relation.subList(0, relation.size() - 1);
        Entry total = relation.get(relation.size() - 1);
        if (relation.stream().filter(e -> e.suppressed).count() == 1) {
            return true;
        }
        List<Entry> hiddenParts = parts.stream().filter(e -> e.suppressed).toList();
        return !total.suppressed && !hiddenParts.isEmpty() && hiddenParts.stream().allMatch(e -> isSmall(e.value));
    }

    private static boolean hidesOne(List<Entry> relation) {
        return relation.stream().filter(e -> e.suppressed).count() == 1;
    }

    /** The earlier rule's choice: the smallest other positive cell, else a zero, the total as a last resort. */
    private static Optional<Entry> anyPartner(List<Entry> relation) {
        Comparator<Entry> preference = Comparator
                .comparing((Entry e) -> e.total)
                .thenComparing(e -> e.value == 0)
                .thenComparingLong(e -> e.value);
        return relation.stream().filter(e -> !e.suppressed).min(preference);
    }

    private static Optional<Entry> partner(List<Entry> relation) {
        List<Entry> parts = relation.subList(0, relation.size() - 1);
        Entry total = relation.get(relation.size() - 1);
        Optional<Entry> part = parts.stream().filter(e -> !e.suppressed && e.value > 0)
                .min(Comparator.comparingLong(e -> e.value));
        return part.isPresent() || total.suppressed ? part : Optional.of(total);
    }
}
