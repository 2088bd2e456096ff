package nl.entree.web.projections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DutchCsvTest {

    @Test
    void dutchExcelGetsSemicolonsADecimalCommaAndUtf8() {
        String standard = "organisation,year,contacts,fte_needed,scenario\n"
                + "CSG,2027,133604,12.50,\"baseline, with events\"\n"
                + "VT,2027,,,baseline\n";
        assertEquals("\uFEFForganisation;year;contacts;fte_needed;scenario\r\n"
                + "CSG;\"2027\";\"133604\";\"12,50\";\"baseline, with events\"\r\n"
                + "VT;\"2027\";;;baseline\r\n", DutchCsv.of(standard));
    }
}
