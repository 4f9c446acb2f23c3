package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.data.DataFiles;
import org.suanli.index.IndexScorecard;
import org.suanli.scorecard.Statements;

/**
 * No count of holding statements is typed into the docs or a notebook's Markdown: such counts went stale before
 * ("14 of 21" while 15 held). A count of statements may appear only when it is a live size (the facts file, the index
 * statements, the whole scorecard); a count of holds or fails ("13 of 21 hold") must be computed output instead.
 */
class DocumentedCountsTest {

    private static final Pattern OF = Pattern.compile("\\b(\\d+)\\s*(?:of|/)\\s*(?:the\\s+)?(\\d+)\\b");
    private static final Pattern OUTCOME = Pattern.compile("\\b(hold|holds|holding|fail|fails|failing|reproduce)\\b");
    private static final Pattern SIZE = Pattern.compile("\\b(\\d+) (?:(?:of the book's|index|economy|checkable) )?statements\\b");

    @Test
    void docsAndNotebookMarkdownTypeNoHoldCounts() throws Exception {
        Path root = DataFiles.dir().getParent();
        Set<Integer> sizes = Set.of(Statements.standard().size(), IndexScorecard.indexStatements().size(),
                BlueBookAnalysis.statements(Statements.standard()).size());
        List<String> problems = new ArrayList<>();
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            for (Path p : docs.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                scan(root.relativize(p).toString(), Files.readString(p), sizes, problems);
            }
        }
        try (Stream<Path> nbs = Files.list(root.resolve("notebooks"))) {
            for (Path p : nbs.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
                JsonObject doc = JsonParser.parseString(Files.readString(p)).getAsJsonObject();
                for (JsonElement c : doc.getAsJsonArray("cells")) {
                    JsonObject cell = c.getAsJsonObject();
                    if (cell.get("cell_type").getAsString().equals("markdown")) {
                        StringBuilder b = new StringBuilder();
                        cell.getAsJsonArray("source").forEach(s -> b.append(s.getAsString()));
                        scan(root.relativize(p) + " cell " + cell.get("id").getAsString(), b.toString(), sizes, problems);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "typed counts (print them from the code instead):\n" + String.join("\n", problems));
    }

    private static void scan(String where, String text, Set<Integer> sizes, List<String> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("    ") || line.startsWith("```") || line.contains("`suanli")) {
                continue;
            }
            Matcher of = OF.matcher(line);
            while (of.find()) {
                if (sizes.contains(Integer.parseInt(of.group(2))) && OUTCOME.matcher(line).find()) {
                    problems.add(where + ":" + (i + 1) + ": \"" + of.group() + "\" in: " + line.strip());
                }
            }
            Matcher size = SIZE.matcher(line);
            while (size.find()) {
                if (!sizes.contains(Integer.parseInt(size.group(1)))) {
                    problems.add(where + ":" + (i + 1) + ": \"" + size.group() + "\" is not a live size " + sizes + ": " + line.strip());
                }
            }
        }
    }
}
