package org.suanli.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A declared rewrite applied to stored and fresh output alike before {@code suanli check} compares them, for
 * what honestly differs between runs: timings, object addresses, temporary paths. Like nbval's sanitisers,
 * each is a regular expression and a replacement, and they are visible: defaults below, a file given with
 * {@code --sanitize-with} (nbval's format), and a notebook's own in {@code metadata.suanli.check.sanitizers}.
 *
 * @param description what it hides, for {@code --list-sanitizers} and error messages
 */
public record Sanitizer(Pattern pattern, String replacement, String description) {

    /** Applies the sanitiser to a text. */
    public String apply(String text) {
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /** Applies every sanitiser in order. */
    public static String applyAll(List<Sanitizer> sanitizers, String text) {
        String result = text;
        for (Sanitizer sanitizer : sanitizers) {
            result = sanitizer.apply(result);
        }
        return result;
    }

    /** The sanitisers {@code suanli check} always applies. */
    public static List<Sanitizer> defaults() {
        List<Sanitizer> list = new ArrayList<>();
        list.add(new Sanitizer(Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?"),
                "<DATETIME>", "date-times such as 2024-05-01T12:30:00Z"));
        list.add(new Sanitizer(Pattern.compile(
                "(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?(?:ns|µs|us|ms|s|sec|secs|seconds?|milliseconds?|min|minutes?)(?![\\w/])"),
                "<TIME>", "durations such as 12 ms, 1.5 s (timings)"));
        list.add(new Sanitizer(Pattern.compile("\\$\\$Lambda[$\\w/]*"), "$$Lambda", "lambda class names"));
        list.add(new Sanitizer(Pattern.compile("@[0-9a-f]{4,16}\\b"), "@<ADDR>",
                "identity hash codes such as java.lang.Object@1a2b3c"));
        list.add(new Sanitizer(Pattern.compile("\\b0x[0-9a-fA-F]{6,16}\\b"), "0x<ADDR>", "memory addresses such as 0x7f3a9c00"));
        String tmp = System.getProperty("java.io.tmpdir", "/tmp").replaceAll("[/\\\\]+$", "");
        String tmpAlternatives = Pattern.quote(tmp) + (tmp.equals("/tmp") ? "" : "|/tmp") + "|/var/tmp|/var/folders/[\\w/+-]+";
        list.add(new Sanitizer(Pattern.compile("(?:" + tmpAlternatives + ")[/\\\\][^\\s\"'<>:]*"), "<TMPPATH>",
                "temporary paths such as /tmp/suanli123/data.csv"));
        return list;
    }

    /**
     * Reads sanitisers in nbval's file format: sections with {@code regex:} and {@code replace:} lines.
     * <pre>
     * [timestamps]
     * regex: \d{2}:\d{2}:\d{2}
     * replace: TIME
     * </pre>
     */
    public static List<Sanitizer> read(Path file) throws NotebookException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NotebookException(file + ": cannot read the sanitiser file: " + e.getMessage(), e);
        }
        List<Sanitizer> list = new ArrayList<>();
        String section = null;
        String regex = null;
        String replace = null;
        int sectionLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "[";
            if (line.startsWith("[")) {
                if (section != null) {
                    if (regex == null) {
                        throw new NotebookException(file + ", line " + sectionLine + ": section [" + section
                                + "] has no \"regex:\" line.");
                    }
                    list.add(compile(file + ", line " + sectionLine, regex, replace == null ? "" : replace, section));
                }
                section = i < lines.size() ? line.replaceAll("^\\[|]$", "") : null;
                sectionLine = i + 1;
                regex = null;
                replace = null;
            } else if (line.startsWith("regex:")) {
                regex = line.substring("regex:".length()).strip();
            } else if (line.startsWith("replace:")) {
                replace = line.substring("replace:".length()).strip();
            } else if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith(";")) {
                throw new NotebookException(file + ", line " + (i + 1) + ": expected [section], regex: or replace:, "
                        + "found \"" + line + "\".");
            }
        }
        return list;
    }

    /** The sanitisers a notebook declares in {@code metadata.suanli.check.sanitizers}: [{regex, replace}]. */
    static List<Sanitizer> fromMetadata(Notebook notebook) throws NotebookException {
        List<Sanitizer> list = new ArrayList<>();
        JsonElement suanli = notebook.metadata().get("suanli");
        if (suanli == null || !suanli.isJsonObject()) {
            return list;
        }
        JsonElement check = suanli.getAsJsonObject().get("check");
        if (check == null || !check.isJsonObject() || !check.getAsJsonObject().has("sanitizers")) {
            return list;
        }
        JsonElement declared = check.getAsJsonObject().get("sanitizers");
        if (!declared.isJsonArray()) {
            throw new NotebookException(notebook.origin() + ": metadata.suanli.check.sanitizers must be a list of "
                    + "{\"regex\": ..., \"replace\": ...} objects.");
        }
        int n = 0;
        for (JsonElement element : declared.getAsJsonArray()) {
            n++;
            if (!element.isJsonObject() || !element.getAsJsonObject().has("regex")) {
                throw new NotebookException(notebook.origin() + ": metadata.suanli.check.sanitizers entry " + n
                        + " needs a \"regex\".");
            }
            JsonObject object = element.getAsJsonObject();
            String replace = object.has("replace") ? object.get("replace").getAsString() : "";
            list.add(compile(notebook.origin() + ": metadata.suanli.check.sanitizers entry " + n,
                    object.get("regex").getAsString(), replace, "declared in the notebook"));
        }
        return list;
    }

    private static Sanitizer compile(String where, String regex, String replace, String description)
            throws NotebookException {
        try {
            return new Sanitizer(Pattern.compile(regex), replace, description);
        } catch (PatternSyntaxException e) {
            throw new NotebookException(where + ": the regular expression " + regex + " is not valid: "
                    + e.getDescription() + ".");
        }
    }
}
