package org.suanli.capacity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.suanli.data.AtomicFiles;

/** Minimal RFC 4180 reading and atomic UTF-8 writing for the capacity package's small CSV files. */
final class Csv {

    private Csv() {
    }

    /** A data row: its 1-based line number in the file and its fields by header name. */
    record Row(Path file, int line, Map<String, String> fields) {
        String get(String column) {
            String v = fields.get(column);
            if (v == null) {
                throw new IllegalArgumentException(file + " line " + line + ": column '" + column + "' is missing");
            }
            return v.trim();
        }

        double number(String column) {
            String v = get(column);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + line + ", column " + column + ": '" + v
                        + "' is not a number");
            }
        }

        int integer(String column) {
            String v = get(column);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + line + ", column " + column + ": '" + v
                        + "' is not a whole number");
            }
        }

        IllegalArgumentException error(String column, String message) {
            return new IllegalArgumentException(file + " line " + line + ", column " + column + ": " + message);
        }
    }

    static List<Row> read(Path file, List<String> required) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(file, text, required);
    }

    static List<Row> parse(Path file, String text, List<String> required) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cur.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cur.add(field.toString());
                field.setLength(0);
                records.add(cur);
                lines.add(recordLine);
                cur = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + " line " + recordLine + ": a quoted field is never closed");
        }
        if (field.length() > 0 || !cur.isEmpty()) {
            cur.add(field.toString());
            records.add(cur);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: it needs a header line " + required);
        }
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            header.set(i, header.get(i).trim());
        }
        for (String r : required) {
            if (!header.contains(r)) {
                throw new IllegalArgumentException(file + " line 1: the header lacks column '" + r + "'; expected "
                        + String.join(",", required));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k < records.size(); k++) {
            List<String> rec = records.get(k);
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            if (rec.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + lines.get(k) + ": " + rec.size()
                        + " fields, but the header has " + header.size());
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), rec.get(i));
            }
            rows.add(new Row(file, lines.get(k), m));
        }
        return rows;
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Writes through a temporary file in the same directory and moves it into place. */
    static void writeAtomically(Path target, String content) throws IOException {
        AtomicFiles.writeString(target, content);
    }
}
