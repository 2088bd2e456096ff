package nl.entree.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

class FormulaSafeCsvTest {

    @JsonPropertyOrder({"name", "gap"})
    record Line(@JsonProperty("name") String name, @JsonProperty("gap") BigDecimal gap) {
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertEquals("'" + start + "1+1", FormulaSafeCsv.neutralise(start + "1+1"));
        }
        assertEquals("baseline", FormulaSafeCsv.neutralise("baseline"));
        assertEquals("a=b", FormulaSafeCsv.neutralise("a=b"));
    }

    @Test
    void textIsNeutralisedAndQuotedWhileNumbersStayNumbers() {
        String csv = FormulaSafeCsv.write(Line.class, List.of(
                new Line("=HYPERLINK(\"http://evil.example\",\"x\")", new BigDecimal("-1.50")),
                new Line("baseline", null)));

        assertEquals("name,gap\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-1.50\n"
                + "baseline,\n", csv);
    }
}
