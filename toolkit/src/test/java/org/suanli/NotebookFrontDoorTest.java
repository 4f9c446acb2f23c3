package org.suanli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.scorecard.Scorecard;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Every shipped notebook starts from the front door, {@code BlueBook.standard()}, and a trainee reading one meets at
 * most {@value #MAX_TYPES} of the toolkit's public types (issue 14): the rest is reached by chaining calls on the book.
 *
 * <p>A type counts when its simple name appears as a word in a code cell once string literals and comments are
 * blanked, so a type named only in prose or in a printed sentence does not count.
 */
class NotebookFrontDoorTest {

    static final int MAX_TYPES = 12;

    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    /** The toolkit's public top-level types, from the compiled classes. */
    private static Set<String> publicTypes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(List.of(Location.of(Scorecard.class.getProtectionDomain().getCodeSource().getLocation())))
                .stream()
                .filter(c -> c.getPackageName().startsWith("org.suanli"))
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> shipped() throws Exception {
        Path folder = DataFiles.dir().getParent().resolve("notebooks");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.ipynb")).sorted().toList();
        }
    }

    private static String code(Path notebook) throws Exception {
        JsonObject nb;
        try (Reader in = Files.newBufferedReader(notebook)) {
            nb = JsonParser.parseReader(in).getAsJsonObject();
        }
        StringBuilder code = new StringBuilder();
        for (JsonElement cell : nb.getAsJsonArray("cells")) {
            JsonObject c = cell.getAsJsonObject();
            if (!"code".equals(c.get("cell_type").getAsString())) {
                continue;
            }
            JsonElement source = c.get("source");
            if (source.isJsonArray()) {
                source.getAsJsonArray().forEach(line -> code.append(line.getAsString()));
            } else {
                code.append(source.getAsString());
            }
            code.append('\n');
        }
        return code.toString();
    }

    static String blankStringsAndComments(String code) {
        String s = BLOCK_COMMENT.matcher(code).replaceAll(" ");
        s = STRING.matcher(s).replaceAll("\"\"");
        return LINE_COMMENT.matcher(s).replaceAll("");
    }

    static Set<String> named(String code, Set<String> types) {
        String bare = blankStringsAndComments(code);
        return types.stream().filter(t -> Pattern.compile("\\b" + t + "\\b").matcher(bare).find())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyShippedNotebookStartsFromTheFrontDoorAndNamesFewTypes() throws Exception {
        Set<String> types = publicTypes();
        assertTrue(types.contains("BlueBook") && types.contains("IndexModel") && types.size() > 100,
                "the compiled toolkit's public types were found: " + types.size());
        List<Path> notebooks = shipped();
        assertTrue(notebooks.size() >= 6, "the shipped notebooks: " + notebooks);
        StringBuilder problems = new StringBuilder();
        for (Path nb : notebooks) {
            String code = code(nb);
            if (!blankStringsAndComments(code).contains("BlueBook.standard()")) {
                problems.append(nb.getFileName()).append(" does not start from BlueBook.standard()\n");
            }
            Set<String> named = named(code, types);
            if (named.size() > MAX_TYPES) {
                problems.append(nb.getFileName()).append(" names ").append(named.size()).append(" toolkit types (at most ")
                        .append(MAX_TYPES).append("): ").append(named).append('\n');
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theCountIgnoresStringsAndCommentsButNotCode() {
        Set<String> types = Set.of("BlueBook", "IndexModel", "Scorecard");
        String code = "BlueBook book = BlueBook.standard(); // IndexModel is reached through the book\n"
                + "System.out.println(\"Scorecard says \\\"IndexModel\\\"\");\n/* Scorecard */ var x = 1;";
        assertTrue(named(code, types).equals(Set.of("BlueBook")), named(code, types).toString());
        assertFalse(named("IndexModelX m;", types).contains("IndexModel"), "a longer name is not the type");
    }
}
