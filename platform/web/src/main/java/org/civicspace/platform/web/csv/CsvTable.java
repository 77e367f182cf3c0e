package org.civicspace.platform.web.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV download that a person opens in a spreadsheet, written by Jackson's CSV module: RFC 4180 (commas, CRLF line
 * ends, a header row, quotes only where a cell needs them). A text cell that a spreadsheet would run as a formula
 * (one that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is defused with a
 * leading apostrophe, as OWASP advises against CSV injection; numbers are written as they are, a {@code null} as an
 * empty cell. Every service writes its CSV through this class, so that every download follows the same rules.
 */
public final class CsvTable {

    /** The media type of every CSV answer, with its charset. */
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    /** Quotes a cell only where RFC 4180 needs it (a comma, a quote or a line break), not every text with a space. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    private CsvTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** An empty table with these column names, in order. */
    public static CsvTable withColumns(String... columns) {
        return new CsvTable(List.of(columns));
    }

    /** Adds a row; it must have one cell per column. */
    public CsvTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.length + " cells for " + columns.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell(cell));
        }
        rows.add(row);
        return this;
    }

    /** How many rows were added, the header not counted. */
    public int size() {
        return rows.size();
    }

    /** The document: the header, then each row, every line ended by CRLF. */
    @Override
    public String toString() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = MAPPER.writer(schema.build()).writeValues(out)) {
            for (List<String> row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write CSV to memory", e);
        }
        if (rows.isEmpty()) {
            return String.join(",", columns.stream().map(CsvTable::cell).toList()) + "\r\n";
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
