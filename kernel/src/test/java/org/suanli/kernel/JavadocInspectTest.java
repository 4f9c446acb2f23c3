package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The toolkit's Javadoc through the engine: Shift-Tab (inspect), IPython's {@code Name?}, and completion with
 * one-line docs. The expected text is cut out of the toolkit's source file with a regular expression, a route
 * independent of the kernel's javac-based index.
 */
class JavadocInspectTest extends SharedEngineTest {

    private static final Path INDEX_MODEL = Path.of("..", "toolkit", "src", "main", "java", "org", "suanli", "index",
            "IndexModel.java");

    /** The Javadoc just above {@code declaration} in IndexModel.java, whitespace collapsed, tags unwrapped. */
    private static String javadocAbove(String declaration) throws Exception {
        String source = Files.readString(INDEX_MODEL, StandardCharsets.UTF_8);
        int at = source.indexOf(declaration);
        int start = source.lastIndexOf("/**", at);
        String comment = source.substring(start + 3, source.lastIndexOf("*/", at));
        return comment.replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\{@code ([^}]*)}", "$1").replaceAll("\\s+", " ").strip();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void shiftTabShowsTheToolkitsJavadocUnderTheSignature() throws Exception {
        run("import org.suanli.index.*;");
        InspectReply r = in.inspect("IndexModel.standard()", "IndexModel.standard".length(), 0);
        assertTrue(r.found());
        String text = r.data().plainText();
        assertTrue(text.startsWith("IndexModel IndexModel.standard()"), text);
        String expected = javadocAbove("public static IndexModel standard()");
        assertTrue(expected.startsWith("The shipped data"), expected);
        assertTrue(flat(text).contains(expected), text + "\n--- expected ---\n" + expected);
    }

    @Test
    void nameQuestionMarkIsHelp() throws Exception {
        run("import org.suanli.index.*;");
        RecordingSink s = run("IndexModel.withBaseYear?");
        assertNull(s.error(), s.errorText());
        String shown = s.of("display").get(0).data().plainText();
        assertTrue(shown.contains("withBaseYear(int year)"), shown);
        assertTrue(flat(shown).contains(javadocAbove("public IndexModel withBaseYear(int year)")), shown);
        RecordingSink unknown = run("NoSuchThing?");
        assertNull(unknown.error(), unknown.errorText());
        assertTrue(unknown.of("display").get(0).data().plainText().startsWith("No help for NoSuchThing"));
    }

    @Test
    void completionAfterAMethodCallListsMethodsWithTheirOneLineDocs() throws Exception {
        run("import org.suanli.index.*;");
        String code = "var m = IndexModel.standard().";
        CompleteReply c = in.complete(code, code.length());
        assertTrue(c.matches().contains("withBaseYear("), c.matches().toString());
        assertEquals(c.matches().size(), c.types().size());
        Map<String, Object> entry = c.types().stream().filter(t -> t.get("text").equals("withBaseYear(")).findFirst()
                .orElseThrow();
        assertEquals("method", entry.get("type"));
        assertEquals(code.length(), entry.get("start"));
        String first = javadocAbove("public IndexModel withBaseYear(int year)");
        Matcher sentence = Pattern.compile("^(.*?\\.)(\\s|$)").matcher(first);
        assertTrue(sentence.find());
        assertEquals("IndexModel withBaseYear(int year) — " + sentence.group(1), entry.get("signature"));
    }
}
