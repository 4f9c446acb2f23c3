package org.suanli.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of every CSV file the toolkit takes, shipped or brought by a user, so that every file is read
 * the same forgiving way and every problem is told the same located way.
 *
 * <p>Why one reader: people make these files in Excel. Its "CSV UTF-8" starts with a byte-order mark, its plain
 * "CSV" on a Chinese Windows is GB18030, a European locale separates with {@code ;}, a copied table with tabs, and
 * a deleted row leaves {@code ,,,,,,} behind. Here a BOM is dropped, a blank row is skipped, a wrong encoding or
 * delimiter is named with the fix, and a header in another case gets a hint instead of one "missing column"
 * error per column. Parsing itself is commons-csv (RFC 4180: quotes, doubled quotes, line breaks in quotes);
 * values are trimmed. Every row knows its line in the file, so errors name file, line and column.
 */
public final class CsvFile {

    /** What Excel's "CSV UTF-8" puts first. */
    private static final String BOM = "\uFEFF";

    /**
     * One record of the file.
     *
     * @param file    the file as the user named it
     * @param line    1-based line where the record starts
     * @param values  the fields, trimmed
     * @param columns header name → index (shared by every row of a file)
     */
    public record Row(String file, int line, List<String> values, Map<String, Integer> columns) {

        /** The trimmed value of a header column; a column the header lacks is an error at line 1. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new CsvFormatException(file, 1, column, "the header lacks this column");
            }
            return i < values.size() ? values.get(i) : "";
        }

        /** The value at a position, or "" past the end of a short row. */
        public String get(int index) {
            return index < values.size() ? values.get(index) : "";
        }

        /** True when the header has this column. */
        public boolean has(String column) {
            return columns.containsKey(column);
        }

        public int size() {
            return values.size();
        }

        /** True when the row has as many fields as the header. */
        public boolean consistent() {
            return values.size() == columns.size();
        }

        /** A finite number, or an error naming line and column. */
        public double number(String column) {
            String v = get(column);
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            throw error(column, "'" + v + "' is not a number (write numbers without units, thousands separators or 万/亿)");
        }

        /** A whole number, or an error naming line and column. */
        public int integer(String column) {
            String v = get(column);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not a whole number");
            }
        }

        /** An error located at this row and column. */
        public CsvFormatException error(String column, String message) {
            return new CsvFormatException(file, line, column, message);
        }
    }

    /** A problem of the header, located at its line (or 0 for an empty file). */
    public record Problem(int line, String column, String message) {
    }

    private final String name;
    private final List<Row> records;
    private final String firstLine;

    private CsvFile(String name, List<Row> records, String firstLine) {
        this.name = name;
        this.records = records;
        this.firstLine = firstLine;
    }

    /** Reads a comma-separated UTF-8 file (with or without a BOM). */
    public static CsvFile read(Path file) {
        return parse(text(file), file.toString());
    }

    /** Reads a file's text (UTF-8, BOM dropped); a missing file or another encoding is a located error. */
    public static String text(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(name, 0, "", "the file does not exist");
        } catch (AccessDeniedException e) {
            throw new CsvFormatException(name, 0, "", "the file cannot be read (permission denied)");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new CsvFormatException(name, 0, "", "this is a folder, not a file");
            }
            throw new CsvFormatException(name, 0, "", "the file cannot be read: " + e.getMessage());
        }
        return decode(bytes, name);
    }

    /** Reads everything from a reader (already decoded), then parses it. */
    public static CsvFile read(Reader reader, String name) {
        try {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                b.append(buf, 0, n);
            }
            return parse(b.toString(), name);
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(name, 0, "", notUtf8Advice(false));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Parses comma-separated text; {@code name} is how messages refer to it. */
    public static CsvFile parse(String text, String name) {
        return parse(text, name, ',', false);
    }

    /**
     * Parses text with a given delimiter; with {@code comments}, lines starting with {@code #} are left out (the
     * AHP files use them).
     */
    public static CsvFile parse(String text, String name, char delimiter, boolean comments) {
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setCommentMarker(comments ? Character.valueOf('#') : null).get();
        List<List<String>> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int lastLine = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                int line = lineOf(lineStarts, recordStart(text, (int) r.getCharacterPosition(), comments));
                lastLine = line;
                List<String> values = new ArrayList<>(r.size());
                for (String v : r) {
                    values.add(v == null ? "" : v.strip());
                }
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;   // a blank row, such as the ",,,,,," a deleted row leaves in Excel
                }
                raw.add(values);
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int from = raw.isEmpty() ? 1 : lastLine + 1;
            throw new CsvFormatException(name, from, "", "the CSV cannot be read from this line on: a quoted field is"
                    + " not closed, or a quote stands inside an unquoted field (write \"\" for a quote inside quotes)");
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (!raw.isEmpty()) {
            List<String> header = raw.get(0);
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i), i);
            }
        }
        Map<String, Integer> shared = Collections.unmodifiableMap(columns);
        List<Row> records = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            records.add(new Row(name, lines.get(i), List.copyOf(raw.get(i)), shared));
        }
        String first = raw.isEmpty() ? "" : firstNonComment(text, comments);
        return new CsvFile(name, List.copyOf(records), first);
    }

    /**
     * UTF-8 text of a file's bytes, without a BOM. Another encoding is an error naming the line of the first byte
     * that is not UTF-8, and what to do; GB18030 (Excel's plain "CSV" on a Chinese Windows) and UTF-16 (Excel's
     * "Unicode text") are recognised.
     */
    public static String decode(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new CsvFormatException(name, 0, "", "the file is UTF-16 (Excel's 'Unicode text'); save it as 'CSV UTF-8 (comma delimited)'");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith(BOM) ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CsvFormatException(name, line, "", notUtf8Advice(looksLikeGb18030(bytes)));
        }
    }

    private static String notUtf8Advice(boolean gb) {
        return "the file is not UTF-8 text" + (gb ? " (it reads as GB18030/GBK, what Excel's plain 'CSV' writes on a"
                + " Chinese Windows)" : "") + "; in Excel use Save As → 'CSV UTF-8 (comma delimited)', or convert it:"
                + " iconv -f GB18030 -t UTF-8 FILE > FILE.utf8.csv";
    }

    private static boolean looksLikeGb18030(byte[] bytes) {
        try {
            Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException | RuntimeException e) {
            return false;
        }
    }

    /** Index of the first byte that starts an invalid UTF-8 sequence. */
    private static int firstMalformed(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return b.length;
    }

    /**
     * Where a record's own text starts: commons-csv gives the position after the previous record, before the empty
     * lines and comment lines it skipped.
     */
    private static int recordStart(String text, int position, boolean comments) {
        int p = position;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c == '\r' || c == '\n') {
                p++;
            } else if (comments && c == '#') {
                while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
                    p++;
                }
            } else {
                break;
            }
        }
        return p;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, long position) {
        int k = Arrays.binarySearch(starts, (int) position);
        return (k >= 0 ? k : -k - 2) + 1;
    }

    private static String firstNonComment(String text, boolean comments) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank() && !(comments && line.strip().startsWith("#"))) {
                return line;
            }
        }
        return "";
    }

    /** How messages refer to the file. */
    public String name() {
        return name;
    }

    /** True when the file has no record at all (empty, or only blank lines and comments). */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** The first record's fields, trimmed; empty for an empty file. */
    public List<String> header() {
        return records.isEmpty() ? List.of() : records.get(0).values();
    }

    /** The records after the header; blank rows are already left out. */
    public List<Row> rows() {
        return records.isEmpty() ? List.of() : records.subList(1, records.size());
    }

    /** Every record, the first (header) included: for files without a header, such as a bare AHP matrix. */
    public List<Row> records() {
        return records;
    }

    /**
     * Everything wrong with the header for these required columns, at once: an empty file, a file separated by
     * {@code ;} or tabs (one hint, not one error per column), a header in another case (one hint), or each missing
     * column. An empty list means every required column is there.
     */
    public List<Problem> headerProblems(List<String> required) {
        String expected = String.join(",", required);
        if (records.isEmpty()) {
            return List.of(new Problem(0, "", "the file is empty; a data file starts with the header line " + expected));
        }
        List<String> header = header();
        int line = records.get(0).line();
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        for (char d : new char[] {';', '\t', '|'}) {
            if (header.size() < required.size() && splitsInto(firstLine, d, required)) {
                return List.of(new Problem(line, "", "the columns are separated by " + describe(d) + ", not by commas;"
                        + " in Excel use Save As → 'CSV UTF-8 (comma delimited)', or replace each " + (d == '\t' ? "tab" : "'" + d + "'")
                        + " by a comma. The header must be " + expected));
            }
        }
        List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (missing.stream().allMatch(lower::contains)) {
            return List.of(new Problem(line, "", "the header is '" + String.join(",", header)
                    + "', but column names are lower case; write the header as " + expected));
        }
        List<Problem> out = new ArrayList<>();
        for (String c : missing) {
            int at = lower.indexOf(c);
            out.add(new Problem(line, c, at >= 0 ? "the column is missing; the header has '" + header.get(at)
                    + "': write it in lower case, '" + c + "'" : "the column is missing; the header must be " + expected));
        }
        return out;
    }

    /** This file if its header has every required column; otherwise an error with the first problem and a hint. */
    public CsvFile requireColumns(List<String> required) {
        List<Problem> problems = headerProblems(required);
        if (!problems.isEmpty()) {
            Problem p = problems.get(0);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more missing column(s))" : "";
            throw new CsvFormatException(name, p.line(), p.column(), p.message() + more);
        }
        return this;
    }

    /** The data rows, each required to have as many fields as the header. */
    public List<Row> consistentRows() {
        for (Row r : rows()) {
            if (!r.consistent()) {
                throw new CsvFormatException(name, r.line(), "", r.size() + " fields, but the header has "
                        + r.columns().size() + "; quote fields that contain commas");
            }
        }
        return rows();
    }

    /**
     * The delimiter a line seems to use, from the candidates comma, semicolon, tab: the one that occurs most
     * (comma when none does). For pasted matrices, where any of them is unambiguous.
     */
    public static char guessDelimiter(String line) {
        char best = ',';
        long most = line.chars().filter(c -> c == ',').count();
        for (char d : new char[] {'\t', ';'}) {
            long n = line.chars().filter(c -> c == d).count();
            if (n > most) {
                best = d;
                most = n;
            }
        }
        return best;
    }

    /** True when splitting the line at {@code d} gives the required columns' count, or two of their names. */
    private static boolean splitsInto(String line, char d, List<String> required) {
        if (line.indexOf(d) < 0) {
            return false;
        }
        List<String> parts = Arrays.stream(line.split(Pattern.quote(String.valueOf(d)), -1))
                .map(p -> p.strip().replace("\"", "").replace(BOM, "").toLowerCase(Locale.ROOT)).toList();
        return parts.size() >= required.size() || parts.stream().filter(required::contains).count() >= 2;
    }

    /** A field as RFC 4180 writes it: quoted (with doubled quotes) only when it holds a comma, quote or line break. */
    public static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String describe(char d) {
        return d == '\t' ? "tabs" : d == ';' ? "semicolons (;)" : "'" + d + "'";
    }
}
