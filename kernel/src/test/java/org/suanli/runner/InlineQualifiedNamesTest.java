package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Main code names other types through imports, never inline as {@code java.util.Set<String>} or
 * {@code org.suanli.data.DataFiles.find()}: an inline qualified name hides a dependency from the import list, where a
 * reader (and a review of the floors) looks for it. The scan reads the sources of every module as text, with
 * comments, Javadoc and string literals blanked out, so a {@code {@link java.util.List}} or a class name in a message
 * is not counted.
 */
class InlineQualifiedNamesTest {

    /** The modules whose main sources are scanned. */
    private static final List<String> MAIN_SOURCES = List.of(
            "toolkit/src/main/java", "kernel/src/main/java", "benchmarks/src/main/java");

    /**
     * Allowed inline names, as "path relative to the project: qualified.Name", each with its reason: only a genuine
     * clash, where two types of the same simple name are needed in one file. None is needed today.
     */
    private static final Map<String, String> ALLOWED = Map.of();

    /** A type name qualified by a package under one of the roots the project's code imports from. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.$])((?:java|javax|jdk|org|com|tech|picocli)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*)");

    @Test
    void mainCodeNamesTypesThroughImports() throws IOException {
        Path root = ProjectFolder.root();
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String folder : MAIN_SOURCES) {
            List<Path> sources;
            try (Stream<Path> s = Files.walk(root.resolve(folder))) {
                sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path file : sources) {
                files++;
                String relative = root.relativize(file).toString().replace('\\', '/');
                for (String hit : inlineNames(Files.readString(file, StandardCharsets.UTF_8))) {
                    found.add(relative + ":" + hit);
                }
            }
        }
        assertTrue(files > 300, "too few sources found under " + root + ": " + files);
        List<String> unexpected = found.stream().filter(f -> !ALLOWED.containsKey(f.replaceFirst(":\\d+: ", ": "))).toList();
        assertTrue(unexpected.isEmpty(), unexpected.size() + " inline qualified type names in main code; import them "
                + "(or, for a genuine clash of two simple names, list it in ALLOWED with the reason):\n"
                + String.join("\n", unexpected));
        TreeSet<String> used = new TreeSet<>();
        found.forEach(f -> used.add(f.replaceFirst(":\\d+: ", ": ")));
        List<String> stale = ALLOWED.keySet().stream().filter(a -> !used.contains(a)).sorted().toList();
        assertTrue(stale.isEmpty(), "ALLOWED lists names no longer written inline; remove them: " + stale);
    }

    @Test
    void theScanFindsCodeAndSkipsCommentsStringsAndImports() {
        String source = """
                package org.suanli.example;

                import java.util.List;
                import static java.util.Objects.requireNonNull;

                /** Uses {@link java.util.Map} and {@code org.suanli.data.DataFiles}. */
                final class Example {
                    // java.util.Set in a line comment
                    /* tech.tablesaw.api.Table in a block comment */
                    java.util.Optional<java.nio.file.Path> p = org.suanli.data.DataFiles.find();
                    String s = "java.util.Locale in a string \\" org.suanli.Fake";
                    char c = '"';
                    String block = \"""
                        com.google.gson.Gson in a text block
                        \""";
                    @java.lang.SuppressWarnings("x") int n = Math.max(1, 2) + list.size();
                    Object t = new tech.tablesaw.api.Table[0];
                }
                """;
        assertEquals(List.of("10: java.util.Optional", "10: java.nio.file.Path", "10: org.suanli.data.DataFiles",
                "16: java.lang.SuppressWarnings", "17: tech.tablesaw.api.Table"), inlineNames(source));
    }

    /** Each inline qualified type name in the code of one source file, as "line: name". */
    static List<String> inlineNames(String source) {
        String code = codeOnly(source);
        List<String> out = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.startsWith("import ") || trimmed.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                out.add((i + 1) + ": " + m.group(1));
            }
        }
        return out;
    }

    /** The source with comments, string, text-block and character literals replaced by blanks; line breaks kept. */
    static String codeOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? s.length() : end + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                end = i + 1;
                while (end < s.length() && s.charAt(end) != quote && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, s.length());
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
