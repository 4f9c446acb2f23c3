package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check, with the message and location it reports. */
class ValidatorTest {

    private static final String HEADER = "year,province,indicator,value,unit,provenance,source\n";
    private static final String GOOD = "2023,广东,it_spending_100m_yuan,2800,亿元,stated,blue book 三(三)5\n";

    @TempDir
    Path dir;

    private ValidationReport validate(String body) throws IOException {
        Path file = dir.resolve("test.csv");
        Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
        return Validator.standard().validate(file);
    }

    private static ValidationIssue only(ValidationReport report) {
        assertEquals(1, report.errors().size(), report.issues().toString());
        return report.errors().get(0);
    }

    private void assertIssue(ValidationIssue issue, int row, String column, String messagePart) {
        assertEquals(row, issue.row(), issue.toString());
        assertEquals(column, issue.column(), issue.toString());
        assertTrue(issue.message().contains(messagePart), issue.toString());
        assertTrue(issue.file().endsWith("test.csv"));
    }

    @Test
    void aValidRowHasNoErrorButWarnsOfMissingProvinces() throws IOException {
        ValidationReport r = validate(GOOD);
        assertFalse(r.hasErrors(), r.issues().toString());
        assertEquals(1, r.observations().size());
        assertEquals(1, r.warnings().size());
        ValidationIssue w = r.warnings().get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertTrue(w.message().startsWith("2023 it_spending_100m_yuan: 1 of 31 provinces; missing 北京、天津"), w.message());
    }

    @Test
    void unknownProvince() throws IOException {
        assertIssue(only(validate(GOOD.replace("广东", "Guangdonk"))), 2, "province",
                "Unknown province 'Guangdonk'; did you mean 广东 (Guangdong)?");
    }

    @Test
    void duplicateRowNamesTheFirst() throws IOException {
        assertIssue(only(validate(GOOD + "2023,Guangdong,it_spending_100m_yuan,2900,亿元,stated,x\n")), 3, "",
                "duplicate of row 2: (2023, 广东, it_spending_100m_yuan)");
    }

    @Test
    void unknownIndicatorSuggestsAKey() throws IOException {
        assertIssue(only(validate(GOOD.replace("it_spending_100m_yuan", "it_spendng_100m_yuan"))), 2, "indicator",
                "unknown indicator 'it_spendng_100m_yuan'; did you mean 'it_spending_100m_yuan'?");
    }

    @Test
    void unitMustAgreeWithTheFramework() throws IOException {
        assertIssue(only(validate(GOOD.replace("亿元", "万元"))), 2, "unit",
                "expected '亿元', the unit of it_spending_100m_yuan in the framework, found '万元'");
    }

    @Test
    void nonNumericValue() throws IOException {
        assertIssue(only(validate(GOOD.replace("2800", "2800亿"))), 2, "value", "expected a number such as 140.4, found '2800亿'");
        assertIssue(only(validate(GOOD.replace("2800", "NaN"))), 2, "value", "expected a finite number");
    }

    @Test
    void negativeValue() throws IOException {
        assertIssue(only(validate(GOOD.replace("2800", "-5"))), 2, "value", "expected a number of at least 0, found -5");
    }

    @Test
    void emptyValueIsNotZero() throws IOException {
        assertIssue(only(validate(GOOD.replace("2800", ""))), 2, "value", "a missing value is never zero");
    }

    @Test
    void missingOrUnknownProvenance() throws IOException {
        assertIssue(only(validate(GOOD.replace("stated", ""))), 2, "provenance", "missing provenance");
        assertIssue(only(validate(GOOD.replace("stated", "guessed"))), 2, "provenance",
                "expected official, secondary, stated or reconstructed, found 'guessed'");
    }

    @Test
    void aSecondaryValueMustNameItsPublisherAndWhereTheCopyIs() throws IOException {
        String secondary = GOOD.replace(",stated,", ",secondary,");
        assertIssue(only(validate(secondary)), 2, "source", "must name the original publisher");
        assertIssue(only(validate(secondary.replace("blue book 三(三)5", "original publisher: MIIT; a reprint"))), 2,
                "source", "must say where its public copy is");
        assertTrue(validate(secondary.replace("blue book 三(三)5", "original publisher: MIIT; copy at http://example.org/a"))
                .errors().isEmpty());
        assertTrue(validate(secondary.replace("blue book 三(三)5",
                "original publisher: NBS; copy owner/name:f.csv @ 0123456789abcdef0123456789abcdef01234567")).errors().isEmpty());
    }

    @Test
    void missingSource() throws IOException {
        assertIssue(only(validate(GOOD.replace("blue book 三(三)5", ""))), 2, "source", "missing source");
    }

    @Test
    void badYear() throws IOException {
        assertIssue(only(validate(GOOD.replace("2023,", "二〇二三,"))), 2, "year", "expected a year such as 2023");
    }

    @Test
    void missingColumn() throws IOException {
        Path file = dir.resolve("test.csv");
        Files.writeString(file, "year,province,indicator,value,provenance,source\n" + GOOD, StandardCharsets.UTF_8);
        ValidationIssue issue = only(Validator.standard().validate(file));
        assertIssue(issue, 1, "unit", "the column is missing");
    }

    @Test
    void missingFileIsOneClearError() {
        ValidationReport r = Validator.standard().validate(dir.resolve("nope.csv"));
        assertEquals("the file does not exist", only(r).message());
    }

    @Test
    void everyErrorIsReportedAtOnce() throws IOException {
        ValidationReport r = validate(GOOD.replace("广东", "火星") + GOOD.replace("2800", "x").replace("广东", "北京")
                + GOOD.replace("亿元", "元").replace("广东", "上海"));
        assertEquals(List.of(2, 3, 4), r.errors().stream().map(ValidationIssue::row).toList());
    }

    /**
     * The shipped file, corrupted four ways (a misspelt province, a duplicated row, a text value, a wrong unit),
     * gives exactly those four errors, each at its row and column.
     */
    @Test
    void corruptedCopyOfTheShippedDataGivesTheExpectedErrors() throws IOException {
        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(DataFiles.path("indicators.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertTrue(rows.size() >= 3, "the shipped file has at least three rows");
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>(rows.get(0).toList()));                 // row 2: as shipped
        out.add(new ArrayList<>(rows.get(0).toList()));                 // row 3: duplicate of row 2
        List<String> misspelt = new ArrayList<>(rows.get(1).toList());  // row 4: misspelt province
        misspelt.set(1, "Guangdongg");
        out.add(misspelt);
        List<String> text = new ArrayList<>(rows.get(2).toList());      // row 5: text value
        text.set(3, "about 3000");
        out.add(text);
        List<String> unit = new ArrayList<>(rows.get(1).toList());      // row 6: wrong unit
        unit.set(4, "kg");
        out.add(unit);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(Validator.COLUMNS);
            for (List<String> r : out) {
                printer.printRecord(r);
            }
        }
        ValidationReport r = validate(csv.toString().substring(HEADER.length()));
        List<String> found = r.errors().stream().map(i -> i.row() + "/" + i.column()).toList();
        assertEquals(List.of("3/", "4/province", "5/value", "6/unit"), found, r.errors().toString());
        assertTrue(r.errors().get(0).message().startsWith("duplicate of row 2"));
        assertTrue(r.errors().get(1).message().contains("did you mean 广东"));
        assertTrue(r.errors().get(2).message().contains("found 'about 3000'"));
        assertTrue(r.errors().get(3).message().contains("found 'kg'"));
    }

    @Test
    void issueReadsLikeACompilerMessage() {
        assertEquals("data/x.csv:7: column 'unit': error: expected '亿元'",
                new ValidationIssue("data/x.csv", 7, "unit", Severity.ERROR, "expected '亿元'").toString());
    }
}
