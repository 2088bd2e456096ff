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
        }
        assertEquals(t.grandTotal().value(),
                java.util.Arrays.stream(t.rowTotals()).mapToLong(SmallCellSuppression.Entry::value).sum());
    }
}
