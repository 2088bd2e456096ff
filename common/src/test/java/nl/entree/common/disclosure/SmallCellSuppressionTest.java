package nl.entree.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

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
        boolean[] hidden = SmallCellSuppression.suppressLine(new long[] {0, 4, 30, 12, 12});

        assertTrue(hidden[1], "4 is below 10");
        assertTrue(hidden[3], "the smallest other positive part, the first of equals, hides with it");
        assertFalse(hidden[0], "zeros are published");
        assertFalse(hidden[2]);
        assertFalse(hidden[4]);
    }

    @Test
    void twoSmallPartsHiddenTogetherAreNotLeftToBeKnownByTheirSum() {
        long[] parts = {380, 1300, 3, 60, 62, 4};
        boolean[] hidden = SmallCellSuppression.suppressLine(parts);

        assertTrue(hidden[2] && hidden[5], "3 and 4 are below 10");
        assertTrue(hidden[3], "else the total minus the visible parts is 3 + 4 = 7");
        assertTrue(hiddenSum(parts, hidden) >= 10);
        assertFalse(hidden[0] || hidden[1] || hidden[4]);
    }

    @Test
    void whichCellsAreHiddenDependsOnWhichCountsAreSmallNotOnHowSmall() {
        boolean[] twelve = SmallCellSuppression.suppressLine(new long[] {380, 1300, 8, 60, 62, 4});
        boolean[] seven = SmallCellSuppression.suppressLine(new long[] {380, 1300, 3, 60, 62, 4});

        assertTrue(java.util.Arrays.equals(twelve, seven), "else the pattern tells whether the two add up to ten");
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

    @Test
    void aLineWithoutSmallPartsIsPublishedWhole() {
        boolean[] hidden = SmallCellSuppression.suppressLine(new long[] {0, 10, 30});
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
            boolean[] hidden = SmallCellSuppression.suppressLine(line);
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
