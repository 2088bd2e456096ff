package nl.entree.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    /** A month published under the rule that chose the smallest other part as partner. */
    private static final YearMonth EARLIER = YearMonth.of(2026, 11);
    private static final YearMonth FIXED_ORDER = SmallCellSuppression.PARTNERS_IN_A_FIXED_ORDER_FROM;
    private static final Set<Long> ONE_TO_NINE = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);

    @Test
    void aTableWhoseTotalIsHiddenIsHiddenWholeZerosIncluded() {
        // All 18 contacts of a month came by phone, 9 acute and 9 not. The total is hidden, yet the month's other
        // table (prompts: "not asked 18") or triage's regions give it: beside visible zeros, 18 in two cells of at
        // most 9 each is 9 and 9.
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{0, 0}, {9, 9}, {0, 0}});
        assertTrue(t.grandTotal().suppressed());
        for (int r = 0; r < 3; r++) {
            assertTrue(t.cells()[r][0].suppressed() && t.cells()[r][1].suppressed() && t.rowTotals()[r].suppressed(),
                    "row " + r + " hidden, its zeros too");
        }
        assertTrue(t.columnTotals()[0].suppressed() && t.columnTotals()[1].suppressed());
        boolean[] line = SmallCellSuppression.suppressLine(new long[] {9, 9, 0}, EARLIER);
        assertTrue(line[0] && line[1] && line[2], "a line whose total is hidden hides its zero as well");
        // A visible total keeps its zeros visible.
        assertFalse(SmallCellSuppression.suppress(new long[][] {{12, 3}, {11, 15}, {0, 0}}).cells()[2][0].suppressed());
    }

    @Test
    void aTableOfMoreThanTwoColumnsIsRefusedRatherThanProtectedBadly() {
        // Under the line checks alone this table's 3 was hidden with partners in its row and column, yet the rows and
        // columns solved together gave it exactly: two groups of hidden cells joined by one cell. Of random tables
        // (the generator below), 1 in 160 of 4 × 4 and 1 in 1,500 of 3 × 3 gave a small count away like this.
        long[][] wide = {{14, 3, 0, 97}, {84, 11, 4, 0}, {19, 0, 70, 8}, {70, 2, 10, 0}};
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SmallCellSuppression.suppress(wide));
        assertTrue(refused.getMessage().contains("4 × 4"), refused.getMessage());
        // What the services use stays open: a line of parts, and a table of two columns.
        assertTrue(SmallCellSuppression.suppressLine(new long[] {380, 1300, 3, 60, 62, 4}, EARLIER)[2]);
        assertTrue(SmallCellSuppression.suppress(new long[][] {{12, 3}, {11, 15}, {0, 0}}).cells()[0][1].suppressed());
    }

    /**
     * The strongest arithmetic a reader can do with one table: solve every row, column and margin equation at once.
     * A hidden value is known exactly when it is fixed by them; on tables of two columns no count from 1 to 9 is.
     */
    @Test
    void noSmallCountOfATwoColumnTableIsFixedByAllItsEquationsSolvedTogether() {
        assertNoSmallCountIsFixedByTheEquations(SmallCellSuppression::suppress);
        assertNoSmallCountIsFixedByTheEquations(counts -> SmallCellSuppression.suppress(counts, FIXED_ORDER));
    }

    /**
     * A ministry's table of contacts by channel, acute or not. The rule before the fixed order hid the phone's 1
     * with the smallest other acute count, the chat's 10, and left the walk-in's 12: two hidden acute counts adding up
     * to 11 that could not both be small, since then the 12 would have been hidden too. So they were 10 and 1. Now
     * the phone's acute count could be any count from 1 to 9: each gives a table published exactly alike.
     */
    @Test
    void aHiddenCountOfATableIsNotPinnedByWhatTheRuleWouldHaveHiddenElse() {
        long[][] month = {{10, 10}, {0, 1}, {25, 40}, {60, 12}, {0, 0}, {0, 0}};
        // The rule before: the e-mail's 40 and the walk-in's 12 visible beside the hidden 1 and 10, which add up to 11.
        SmallCellSuppression.Table before = SmallCellSuppression.suppress(month);
        assertTrue(before.cells()[1][1].suppressed() && !before.cells()[3][1].suppressed());
        assertEquals(Set.of(1L), phoneCountsPublishedAlike(month, SmallCellSuppression::suppress));

        Set<Long> phone = phoneCountsPublishedAlike(month, m -> SmallCellSuppression.suppress(m, FIXED_ORDER));
        assertTrue(phone.containsAll(ONE_TO_NINE), "the phone's acute count could be any of " + phone);
    }

    /**
     * The acute phone counts of every month that has the same visible counts as {@code month} and that the rule
     * publishes exactly alike: its hidden counts are the e-mail's, the walk-in's and the phone's acute one, tied by
     * the e-mail's total (65), the columns' (95, 63) and the margin, so three of them fix the rest.
     */
    private static Set<Long> phoneCountsPublishedAlike(long[][] month,
            Function<long[][], SmallCellSuppression.Table> rule) {
        String seen = view(rule.apply(month));
        Set<Long> phone = new TreeSet<>();
        for (long p = 0; p <= 73; p++) {
            for (long emailNotAcute = 0; emailNotAcute <= 65; emailNotAcute++) {
                for (long walkInAcute = 0; walkInAcute <= 63; walkInAcute++) {
                    long emailAcute = 65 - emailNotAcute;
                    long walkInNotAcute = 85 - emailNotAcute;
                    if (walkInNotAcute < 0 || p + emailAcute + walkInAcute != 53) {
                        continue;
                    }
                    long[][] other = {{10, 10}, {0, p}, {emailNotAcute, emailAcute}, {walkInNotAcute, walkInAcute},
                            {0, 0}, {0, 0}};
                    if (view(rule.apply(other)).equals(seen)) {
                        phone.add(p);
                    }
                }
            }
        }
        return phone;
    }

    /** What a reader sees: each published value, and a dash for a hidden one. */
    private static String view(SmallCellSuppression.Table t) {
        StringBuilder shown = new StringBuilder();
        for (int r = 0; r < t.cells().length; r++) {
            for (SmallCellSuppression.Entry e : t.cells()[r]) {
                shown.append(shown(e)).append(',');
            }
            shown.append(shown(t.rowTotals()[r])).append(" | ");
        }
        for (SmallCellSuppression.Entry e : t.columnTotals()) {
            shown.append(shown(e)).append(',');
        }
        return shown.append(shown(t.grandTotal())).toString();
    }

    private static String shown(SmallCellSuppression.Entry e) {
        return e.suppressed() ? "-" : Long.toString(e.value());
    }

    @Test
    void inTheFixedOrderEveryRelationUnderAVisibleTotalHidesNoneOrEnoughToGiveASmallCountRoom() {
        Random random = new Random(5);
        for (int run = 0; run < 2000; run++) {
            long[][] counts = randomTable(random);
            SmallCellSuppression.Table t = SmallCellSuppression.suppress(counts, FIXED_ORDER);
            for (List<SmallCellSuppression.Entry> relation : relations(t)) {
                if (relation.get(relation.size() - 1).suppressed()) {
                    continue;
                }
                List<SmallCellSuppression.Entry> hidden = relation.subList(0, relation.size() - 1).stream()
                        .filter(SmallCellSuppression.Entry::suppressed).toList();
                long sum = hidden.stream().mapToLong(SmallCellSuppression.Entry::value).sum();
                assertTrue(hidden.isEmpty() || hidden.size() >= 2 && sum >= 10L * hidden.size(),
                        Arrays.deepToString(counts) + ": " + hidden.size() + " hidden adding up to " + sum);
            }
            for (int r = 0; r < counts.length; r++) {
                for (int c = 0; c < 2; c++) {
                    assertTrue(!SmallCellSuppression.isSmall(counts[r][c]) || t.cells()[r][c].suppressed());
                }
            }
        }
    }

    @Test
    void aMonthBeforeTheFixedOrderIsPublishedAsItWas() {
        Random random = new Random(3);
        for (int run = 0; run < 200; run++) {
            long[][] counts = randomTable(random);
            assertEquals(view(SmallCellSuppression.suppress(counts)),
                    view(SmallCellSuppression.suppress(counts, EARLIER)));
        }
    }

    private static long[][] randomTable(Random random) {
        long[][] counts = new long[2 + random.nextInt(7)][2];
        for (long[] row : counts) {
            for (int c = 0; c < 2; c++) {
                double u = random.nextDouble();
                row[c] = u < 0.15 ? 0 : u < 0.5 ? 1 + random.nextInt(9) : 10 + random.nextInt(90);
            }
        }
        return counts;
    }

    /** Each row and column with its total last, and the two margins with the grand total last. */
    private static List<List<SmallCellSuppression.Entry>> relations(SmallCellSuppression.Table t) {
        List<List<SmallCellSuppression.Entry>> sums = new ArrayList<>();
        int rows = t.cells().length;
        for (int r = 0; r < rows; r++) {
            sums.add(List.of(t.cells()[r][0], t.cells()[r][1], t.rowTotals()[r]));
        }
        for (int c = 0; c < 2; c++) {
            List<SmallCellSuppression.Entry> column = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                column.add(t.cells()[r][c]);
            }
            column.add(t.columnTotals()[c]);
            sums.add(column);
        }
        sums.add(concat(List.of(t.rowTotals()), t.grandTotal()));
        sums.add(concat(List.of(t.columnTotals()), t.grandTotal()));
        return sums;
    }

    private static void assertNoSmallCountIsFixedByTheEquations(
            Function<long[][], SmallCellSuppression.Table> rule) {
        Random random = new Random(7);
        for (int run = 0; run < 2000; run++) {
            long[][] counts = randomTable(random);
            SmallCellSuppression.Table t = rule.apply(counts);
            List<SmallCellSuppression.Entry> hidden = new ArrayList<>();
            List<List<SmallCellSuppression.Entry>> sums = relations(t);
            for (List<SmallCellSuppression.Entry> sum : sums) {
                sum.stream().filter(e -> e.suppressed() && !hidden.contains(e)).forEach(hidden::add);
            }
            double[][] equations = new double[sums.size()][hidden.size()];
            for (int k = 0; k < sums.size(); k++) {
                List<SmallCellSuppression.Entry> sum = sums.get(k);
                for (int m = 0; m < sum.size(); m++) {
                    int at = hidden.indexOf(sum.get(m));
                    if (at >= 0) {
                        equations[k][at] += m == sum.size() - 1 ? -1 : 1;
                    }
                }
            }
            int rank = rank(equations, -1);
            for (int u = 0; u < hidden.size(); u++) {
                long value = hidden.get(u).value();
                assertFalse(value > 0 && value < SmallCellSuppression.THRESHOLD && rank(equations, u) < rank,
                        value + " is fixed by the equations of " + java.util.Arrays.deepToString(counts));
            }
        }
    }

    private static List<SmallCellSuppression.Entry> concat(List<SmallCellSuppression.Entry> parts,
            SmallCellSuppression.Entry total) {
        List<SmallCellSuppression.Entry> all = new ArrayList<>(parts);
        all.add(total);
        return all;
    }

    /** The rank of the matrix without column {@code without} (-1: with every column), by Gaussian elimination. */
    private static int rank(double[][] matrix, int without) {
        double[][] a = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            a[i] = matrix[i].clone();
            if (without >= 0) {
                a[i][without] = 0;
            }
        }
        int rank = 0;
        int columns = a.length == 0 ? 0 : a[0].length;
        for (int c = 0; c < columns && rank < a.length; c++) {
            int pivot = rank;
            while (pivot < a.length && Math.abs(a[pivot][c]) < 1e-9) {
                pivot++;
            }
            if (pivot == a.length) {
                continue;
            }
            double[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            for (int i = 0; i < a.length; i++) {
                if (i != rank && Math.abs(a[i][c]) > 1e-9) {
                    double f = a[i][c] / a[rank][c];
                    for (int k = c; k < columns; k++) {
                        a[i][k] -= f * a[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    @Test
    void aSmallCellAndEnoughOthersToProtectItAreSuppressed() {
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{12, 3}, {11, 15}, {0, 0}});

        assertTrue(t.cells()[0][1].suppressed(), "3 is below 10");
        assertTrue(t.cells()[0][0].suppressed(), "else row total 15 - 12 reveals the 3");
        assertTrue(t.cells()[1][0].suppressed(), "else column total 23 - 12 ... reveals the 12");
        assertTrue(t.cells()[1][1].suppressed());
        assertFalse(t.rowTotals()[0].suppressed(), "15 may be published");
        assertFalse(t.grandTotal().suppressed());
        assertFalse(t.cells()[2][0].suppressed(), "zeros are published");
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{10, 20}, {0, 30}});
        for (SmallCellSuppression.Entry[] row : t.cells()) {
            for (SmallCellSuppression.Entry e : row) {
                assertFalse(e.suppressed());
            }
        }
    }

    @Test
    void aSmallTotalIsSuppressedWithItsCells() {
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{4, 0}, {20, 20}});
        assertTrue(t.rowTotals()[0].suppressed());
        assertTrue(t.cells()[0][0].suppressed());
        assertNoLineRevealsOneHiddenValue(t);
    }

    @Test
    void aLineWithOneSmallPartHidesASecondSoThatTheTotalRevealsNeither() {
        boolean[] hidden = SmallCellSuppression.suppressLine(new long[] {0, 4, 30, 12, 12}, EARLIER);

        assertTrue(hidden[1], "4 is below 10");
        assertTrue(hidden[3], "the smallest other positive part, the first of equals, hides with it");
        assertFalse(hidden[0], "zeros are published");
        assertFalse(hidden[2]);
        assertFalse(hidden[4]);
    }

    @Test
    void twoSmallPartsHiddenTogetherAreNotLeftToBeKnownByTheirSum() {
        long[] parts = {380, 1300, 3, 60, 62, 4};
        boolean[] hidden = SmallCellSuppression.suppressLine(parts, EARLIER);

        assertTrue(hidden[2] && hidden[5], "3 and 4 are below 10");
        assertTrue(hidden[3], "else the total minus the visible parts is 3 + 4 = 7");
        assertTrue(hiddenSum(parts, hidden) >= 10);
        assertFalse(hidden[0] || hidden[1] || hidden[4]);
    }

    @Test
    void whichCellsAreHiddenDependsOnWhichCountsAreSmallNotOnHowSmall() {
        boolean[] twelve = SmallCellSuppression.suppressLine(new long[] {380, 1300, 8, 60, 62, 4}, EARLIER);
        boolean[] seven = SmallCellSuppression.suppressLine(new long[] {380, 1300, 3, 60, 62, 4}, EARLIER);

        assertTrue(Arrays.equals(twelve, seven), "else the pattern tells whether the two add up to ten");
    }

    @Test
    void aSmallCountIsNotLeftToAZeroThatIsKnownAnyway() {
        // No chat contacts this month, so the chat row shows 0 and its zeros are known: hiding one protects nothing.
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{25, 4}, {0, 0}});

        assertFalse(t.rowTotals()[1].suppressed(), "the chat row's 0 is published");
        assertTrue(t.cells()[0][1].suppressed());
        assertTrue(t.columnTotals()[0].suppressed(), "else 25 is its column's total, and 4 is 29 - 25");
        assertNoLineRevealsOneHiddenValue(t);
    }

    @Test
    void whatTheEarlierRuleHidInAMonthStaysHidden() {
        // Under the rule until 2026-12-06 a ministry saw this month with every cell hidden and the totals shown:
        // chat 43, phone 40, non-acute 43, acute 40. Showing phone's acute 0 now would give chat's acute 40 and so
        // chat's non-acute 3.
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{3, 40}, {40, 0}});

        for (SmallCellSuppression.Entry[] row : t.cells()) {
            for (SmallCellSuppression.Entry cell : row) {
                assertTrue(cell.suppressed(), "every cell, as before");
            }
        }
        assertNoLineRevealsOneHiddenValue(t);
    }

    /**
     * Reviewed cases of the earlier rule, where knowing that the partner was the smallest other part, and 10 or more,
     * gave a hidden count away. A month of triage's case types, the total known from intake: CVSN 10 and the 4 without
     * a lead hidden beside FIER's visible 10 could only be 10 and 4. A hidden sum of 11 could only be 1 and 10.
     */
    @Test
    void whatTheEarlierRuleGaveAwayByItsChoiceOfPartnerNoLineNowDoes() {
        long[] month = {60, 240, 180, 35, 22, 10, 10, 4};
        assertEquals(1, linesPublishedAlike(month, SmallCellSuppression.suppressLine(month, EARLIER), EARLIER).size(),
                "the earlier rule: only this month is published so");
        boolean[] now = SmallCellSuppression.suppressLine(month, FIXED_ORDER);
        assertArrayEquals(new boolean[] {false, false, false, false, true, true, true, true}, now,
                "from the last part back until the hidden sum leaves the 4 room");
        assertTrue(valuesPublishedAlike(month, now, 7).containsAll(ONE_TO_NINE));

        long[] eleven = {1, 0, 40, 25, 10};
        boolean[] hidden = SmallCellSuppression.suppressLine(eleven, FIXED_ORDER);
        assertTrue(valuesPublishedAlike(eleven, hidden, 0).containsAll(ONE_TO_NINE));
    }

    /**
     * Every small part of a line hidden under the fixed order could be any count from 1 to 9: for each, some line
     * with the same visible parts and total is published exactly alike. Found by trying every split of the hidden
     * sum, so the lines are kept to a few hidden parts of small sums, which is where a count could be pinned.
     */
    @Test
    void noSmallPartOfALineInTheFixedOrderIsNarrowedByTheRule() {
        Random random = new Random(11);
        int checked = 0;
        while (checked < 300) {
            long[] parts = new long[3 + random.nextInt(5)];
            for (int i = 0; i < parts.length; i++) {
                int kind = random.nextInt(4);
                parts[i] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(9) : 10 + random.nextInt(kind == 2 ? 3 : 30);
            }
            boolean[] hidden = SmallCellSuppression.suppressLine(parts, FIXED_ORDER);
            int count = 0;
            for (boolean h : hidden) {
                count += h ? 1 : 0;
            }
            if (count == 0 || allHidden(hidden) || count > 4 || hiddenSum(parts, hidden) > 60) {
                continue;
            }
            checked++;
            for (int i = 0; i < parts.length; i++) {
                if (hidden[i] && SmallCellSuppression.isSmall(parts[i])) {
                    Set<Long> values = valuesPublishedAlike(parts, hidden, i);
                    assertTrue(values.containsAll(ONE_TO_NINE), Arrays.toString(parts) + ": part " + i + " " + values);
                }
            }
        }
    }

    @Test
    void inTheFixedOrderWhichPartsAreHiddenDependsOnTheHiddenSumNotOnTheVisibleParts() {
        // 3 and 4 hide with the last positive part before them, 62, whatever the others are: a smallest partner
        // would have been 60.
        boolean[] hidden = SmallCellSuppression.suppressLine(new long[] {380, 1300, 3, 60, 62, 4}, FIXED_ORDER);
        assertArrayEquals(new boolean[] {false, false, true, false, true, true}, hidden);
        assertArrayEquals(hidden, SmallCellSuppression.suppressLine(new long[] {380, 1300, 8, 60, 62, 4}, FIXED_ORDER));
        // A partner of 10 leaves a small part too little room: the next one joins.
        assertArrayEquals(new boolean[] {false, true, true, true},
                SmallCellSuppression.suppressLine(new long[] {50, 30, 10, 4}, FIXED_ORDER));
        // Zeros are known anyway and never partners; a line that cannot give its small part room is hidden whole.
        assertArrayEquals(new boolean[] {false, false, true, true},
                SmallCellSuppression.suppressLine(new long[] {0, 0, 30, 4}, FIXED_ORDER));
        assertArrayEquals(new boolean[] {true, true, true},
                SmallCellSuppression.suppressLine(new long[] {10, 0, 1}, FIXED_ORDER));
        assertTrue(SmallCellSuppression.suppress(new long[] {10, 0, 1}, FIXED_ORDER).grandTotal().suppressed());
        assertArrayEquals(new boolean[] {false, false, false},
                SmallCellSuppression.suppressLine(new long[] {0, 10, 30}, FIXED_ORDER));
    }

    /** The values part {@code at} takes in the lines the rule publishes exactly as it publishes this one. */
    private static Set<Long> valuesPublishedAlike(long[] parts, boolean[] hidden, int at) {
        Set<Long> values = new TreeSet<>();
        for (long[] other : linesPublishedAlike(parts, hidden, FIXED_ORDER)) {
            values.add(other[at]);
        }
        return values;
    }

    /** Every line with the same visible parts and total that the rule publishes exactly as it publishes this one. */
    private static List<long[]> linesPublishedAlike(long[] parts, boolean[] hidden, YearMonth period) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (hidden[i]) {
                at.add(i);
            }
        }
        List<long[]> alike = new ArrayList<>();
        fill(parts.clone(), at, 0, hiddenSum(parts, hidden), hidden, period, alike);
        return alike;
    }

    private static void fill(long[] line, List<Integer> at, int k, long left, boolean[] hidden, YearMonth period,
            List<long[]> alike) {
        if (k == at.size() - 1) {
            line[at.get(k)] = left;
            if (Arrays.equals(SmallCellSuppression.suppressLine(line, period), hidden)) {
                alike.add(line.clone());
            }
            return;
        }
        for (long v = 0; v <= left; v++) {
            line[at.get(k)] = v;
            fill(line, at, k + 1, left - v, hidden, period, alike);
        }
    }

    private static boolean allHidden(boolean[] hidden) {
        for (boolean h : hidden) {
            if (!h) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aLineWithoutSmallPartsIsPublishedWhole() {
        boolean[] hidden = SmallCellSuppression.suppressLine(new long[] {0, 10, 30}, EARLIER);
        assertFalse(hidden[0] || hidden[1] || hidden[2]);
    }

    @Test
    void noRelationEverHidesExactlyOneValue() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            long[][] counts = new long[7][2];
            for (long[] row : counts) {
                for (int c = 0; c < 2; c++) {
                    int kind = random.nextInt(4);
                    row[c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(9) : random.nextInt(60);
                }
            }
            SmallCellSuppression.Table t = SmallCellSuppression.suppress(counts);
            assertNoLineRevealsOneHiddenValue(t);
            long[] line = counts[run % 7].clone();
            boolean[] hidden = SmallCellSuppression.suppressLine(line, EARLIER);
            long sum = hiddenSum(line, hidden);
            // A small total is itself hidden, by whoever publishes it.
            assertFalse(!SmallCellSuppression.isSmall(line[0] + line[1]) && SmallCellSuppression.isSmall(sum),
                    "hidden parts of " + java.util.Arrays.toString(line) + " add up to " + sum);
            for (int r = 0; r < 7; r++) {
                for (int c = 0; c < 2; c++) {
                    long v = counts[r][c];
                    if (v > 0 && v < 10) {
                        assertTrue(t.cells()[r][c].suppressed());
                    }
                }
            }
        }
    }

    private static void assertNoLineRevealsOneHiddenValue(SmallCellSuppression.Table t) {
        List<List<SmallCellSuppression.Entry>> lines = new ArrayList<>();
        int rows = t.cells().length;
        for (int r = 0; r < rows; r++) {
            List<SmallCellSuppression.Entry> line = new ArrayList<>(List.of(t.cells()[r]));
            line.add(t.rowTotals()[r]);
            lines.add(line);
        }
        for (int c = 0; c < t.columnTotals().length; c++) {
            List<SmallCellSuppression.Entry> line = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                line.add(t.cells()[r][c]);
            }
            line.add(t.columnTotals()[c]);
            lines.add(line);
        }
        List<SmallCellSuppression.Entry> margin = new ArrayList<>(List.of(t.rowTotals()));
        margin.add(t.grandTotal());
        lines.add(margin);
        margin = new ArrayList<>(List.of(t.columnTotals()));
        margin.add(t.grandTotal());
        lines.add(margin);
        for (List<SmallCellSuppression.Entry> line : lines) {
            assertNotEquals(1L, line.stream().filter(SmallCellSuppression.Entry::suppressed).count());
            SmallCellSuppression.Entry total = line.get(line.size() - 1);
            long sum = line.subList(0, line.size() - 1).stream().filter(SmallCellSuppression.Entry::suppressed)
                    .mapToLong(SmallCellSuppression.Entry::value).sum();
            assertFalse(!total.suppressed() && sum > 0 && sum < 10, "hidden parts under a visible total add to " + sum);
        }
        assertEquals(t.grandTotal().value(),
                java.util.Arrays.stream(t.rowTotals()).mapToLong(SmallCellSuppression.Entry::value).sum());
    }

    private static long hiddenSum(long[] parts, boolean[] hidden) {
        long sum = 0;
        for (int i = 0; i < parts.length; i++) {
            sum += hidden[i] ? parts[i] : 0;
        }
        return sum;
    }
}
