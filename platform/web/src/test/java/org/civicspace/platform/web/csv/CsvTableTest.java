package org.civicspace.platform.web.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void writesAHeaderAndRowsEndedByCrlf() {
        String csv = CsvTable.withColumns("id", "name", "count").row("a1", "Cancer Aid Society", 3).toString();

        assertThat(csv).isEqualTo("id,name,count\r\na1,Cancer Aid Society,3\r\n");
    }

    @Test
    void quotesCellsThatHoldCommasQuotesOrLineBreaks() {
        String csv = CsvTable.withColumns("a", "b", "c").row("x, y", "say \"hi\"", "one\ntwo").toString();

        assertThat(csv).isEqualTo("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\"\r\n");
    }

    @Test
    void defusesTextASpreadsheetWouldRunAsAFormula() {
        String csv = CsvTable.withColumns("a", "b", "c", "d", "e")
                .row("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd").toString();

        assertThat(csv.split("\r\n")[1])
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\tcmd");
    }

    @Test
    void writesNumbersAsTheyAreAndNullsAsEmptyCells() {
        String csv = CsvTable.withColumns("n", "missing", "rate").row(-4, null, 0.25).toString();

        assertThat(csv.split("\r\n")[1]).isEqualTo("-4,,0.25");
    }

    @Test
    void keepsTextInAnyScript() {
        String csv = CsvTable.withColumns("name").row("جمعية النور").row("中国扶贫基金会").toString();

        assertThat(csv).isEqualTo("name\r\nجمعية النور\r\n中国扶贫基金会\r\n");
    }

    @Test
    void writesTheHeaderAloneWhenThereAreNoRows() {
        assertThat(CsvTable.withColumns("id", "name").toString()).isEqualTo("id,name\r\n");
    }

    @Test
    void refusesARowThatDoesNotFitTheColumns() {
        assertThatThrownBy(() -> CsvTable.withColumns("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
