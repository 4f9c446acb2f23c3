package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV reader: what it forgives, and where its errors point. */
class CsvFileTest {

    private static final List<String> COLUMNS = List.of("a", "b", "c");

    @Test
    void aBomIsDroppedAndRowsKnowTheirLines() {
        byte[] bytes = "\uFEFFa,b,c\r\n1,2,3\r\n\r\n4,\"x\ny\",6\n7,8,9\n".getBytes(StandardCharsets.UTF_8);
        CsvFile f = CsvFile.parse(CsvFile.decode(bytes, "t.csv"), "t.csv");
        assertEquals(COLUMNS, f.header());
        assertEquals(List.of(), f.headerProblems(COLUMNS));
        assertEquals(3, f.rows().size());
        assertEquals(2, f.rows().get(0).line());
        assertEquals(4, f.rows().get(1).line(), "the blank line 3 is skipped, not renumbered");
        assertEquals("x\ny", f.rows().get(1).get("b"));
        assertEquals(6, f.rows().get(2).line(), "a line break inside quotes counts as a line");
    }

    @Test
    void commentLinesAreSkippedWhenAskedAndLinesStillCount() {
        CsvFile f = CsvFile.parse("# a comment\n\n,A,B\n# another\nA,1,3\n", "m.csv", ',', true);
        assertEquals(List.of("", "A", "B"), f.header());
        assertEquals(3, f.records().get(0).line());
        assertEquals(5, f.records().get(1).line());
    }

    @Test
    void blankRowsAndSurroundingSpacesAreIgnored() {
        CsvFile f = CsvFile.parse("a,b,c\n 1 , 2 ,3\n,,\n  \n", "t.csv");
        assertEquals(1, f.rows().size());
        assertEquals("1", f.rows().get(0).get("a"));
        assertEquals(2.0, f.rows().get(0).number("b"));
    }

    @Test
    void anEmptyFileSaysSo() {
        CsvFile f = CsvFile.parse("", "e.csv");
        assertTrue(f.isEmpty());
        List<CsvFile.Problem> p = f.headerProblems(COLUMNS);
        assertEquals(1, p.size());
        assertEquals("the file is empty; a data file starts with the header line a,b,c", p.get(0).message());
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> f.requireColumns(COLUMNS));
        assertEquals("e.csv: the file is empty; a data file starts with the header line a,b,c", e.getMessage());
    }

    @Test
    void aDelimiterOtherThanCommaGetsOneHint() {
        for (String d : List.of(";", "\t", "|")) {
            CsvFile f = CsvFile.parse(String.join(d, COLUMNS) + "\n1" + d + "2" + d + "3\n", "d.csv");
            List<CsvFile.Problem> p = f.headerProblems(COLUMNS);
            assertEquals(1, p.size(), d + ": " + p);
            assertEquals(1, p.get(0).line());
            assertTrue(p.get(0).message().startsWith("the columns are separated by "), p.get(0).message());
        }
    }

    @Test
    void aHeaderInAnotherCaseGetsOneHintAndAPartlyWrongOneAHintPerColumn() {
        List<CsvFile.Problem> all = CsvFile.parse("A,B,C\n1,2,3\n", "c.csv").headerProblems(COLUMNS);
        assertEquals(1, all.size());
        assertTrue(all.get(0).message().contains("column names are lower case; write the header as a,b,c"), all.toString());
        List<CsvFile.Problem> some = CsvFile.parse("a,B,x\n1,2,3\n", "c.csv").headerProblems(COLUMNS);
        assertEquals(2, some.size(), some.toString());
        assertEquals("b", some.get(0).column());
        assertTrue(some.get(0).message().contains("the header has 'B': write it in lower case, 'b'"), some.toString());
        assertEquals("c", some.get(1).column());
    }

    @Test
    void anotherEncodingIsNamedAtItsFirstBadLine() {
        byte[] gb = "a,b,c\n1,2,3\n4,广东,6\n".getBytes(Charset.forName("GB18030"));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvFile.decode(gb, "g.csv"));
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("GB18030"), e.getMessage());
        byte[] utf16 = "a,b,c\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        e = assertThrows(CsvFormatException.class, () -> CsvFile.decode(withBom, "u.csv"));
        assertTrue(e.problem().contains("UTF-16"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtTheLineWhereItsRecordStarts() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvFile.parse("a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n", "q.csv"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("q.csv line 3: the CSV cannot be read from this line on"), e.getMessage());
    }

    @Test
    void cellErrorsNameFileLineAndColumn() {
        CsvFile.Row r = CsvFile.parse("a,b,c\n1,x,3\n", "n.csv").rows().get(0);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> r.number("b"));
        assertEquals("n.csv line 2, column b: 'x' is not a number (write numbers without units, thousands separators or 万/亿)",
                e.getMessage());
        assertEquals("b", e.column());
    }

    @Test
    void quotingRoundTrips() {
        String field = "say \"hi\", then\nleave";
        CsvFile f = CsvFile.parse("a\n" + CsvFile.quote(field) + "\n", "r.csv");
        assertEquals(field, f.rows().get(0).get("a"));
        assertEquals("plain", CsvFile.quote("plain"));
    }
}
