package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jdk.jshell.Snippet;
import org.junit.jupiter.api.Test;

/**
 * Cell results: JShell's {@code $N} temporaries are dropped when the cell ends (each live one slows every later
 * compile), and the values stay reachable as {@code out(N)} by execution count.
 */
class CellResultsTest extends SharedEngineTest {

    private Result cell(String code) {
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(ExecuteRequest.of(code), s);
        return new Result(r, s);
    }

    private record Result(ExecuteReply reply, RecordingSink sink) {
    }

    private long liveTemporaries() {
        return in.session().jshell().variables()
                .filter(v -> v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                .filter(v -> in.session().jshell().status(v).isActive())
                .count();
    }

    @Test
    void expressionsLeaveNoTemporaryBehind() {
        cell("6 * 7");
        cell("String.valueOf(12).length();\n\"a\" + \"b\"");
        cell("Integer.parseInt(\"not a number\")"); // a $N declared, then its initialiser throws
        assertEquals(0, liveTemporaries(), "every $N made by a cell is dropped when it ends");
        Result decl = cell("int keptVariable = 3;");
        assertNull(decl.sink().error());
        assertEquals("3", cell("keptVariable").sink().resultText(), "declarations are not temporaries: they stay");
    }

    @Test
    void outGivesAnEarlierCellsValueTypedAsTheCallerNeeds() {
        Result first = cell("java.util.List.of(4, 5, 6)");
        int n = first.reply().executionCount();
        assertEquals("[4, 5, 6]", first.sink().resultText());
        Result typed = cell("java.util.List<Integer> again = out(" + n + ");\nagain.get(1) * 10");
        assertNull(typed.sink().error(), () -> String.valueOf(typed.sink().error()));
        assertEquals("50", typed.sink().resultText());
        assertEquals("[4, 5, 6]", cell("out(" + n + ")").sink().resultText(), "a result can be shown again");
    }

    @Test
    void aNullResultIsAResultAndACellWithoutOneSaysSo() {
        int nullCell = cell("(String) null").reply().executionCount();
        assertEquals("true", cell("out(" + nullCell + ") == null").sink().resultText());
        int statementCell = cell("int noValueHere = 1;").reply().executionCount();
        Result missing = cell("out(" + statementCell + ")");
        ErrorInfo e = missing.sink().error();
        assertNotNull(e);
        assertTrue(String.join("\n", e.traceback()).contains("cell " + statementCell + " gave no result"),
                () -> String.join("\n", e.traceback()));
        Result future = cell("out(100000)");
        assertTrue(String.join("\n", future.sink().error().traceback()).contains("cell 100000 has not run yet"));
        Result zero = cell("out(0)");
        assertTrue(String.join("\n", zero.sink().error().traceback()).contains("counted from 1"));
    }

    @Test
    void silentAndUnstoredCellsKeepNoResult() {
        int before = in.executionCount();
        RecordingSink s = new RecordingSink();
        in.execute(new ExecuteRequest("41 + 1", true, false, Map.of(), false, true), s);
        assertNull(s.result(), "silent shows nothing");
        assertEquals(before, in.executionCount());
        assertEquals(0, liveTemporaries(), "a silent cell's temporary is dropped too");
    }

    @Test
    void userExpressionsLeaveNoTemporaryBehind() {
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(new ExecuteRequest("int ue = 2;", false, true, Map.of("x", "ue * 21"), false, true), s);
        assertEquals("42", r.userExpressionResults().get("x").data().plainText());
        assertEquals(0, liveTemporaries());
    }

    @Test
    void aJShellStyleTemporaryReferenceExplainsOut() {
        cell("1 + 1");
        Result r = cell("$1 + 1");
        ErrorInfo e = r.sink().error();
        assertNotNull(e);
        assertEquals("CompilationError", e.ename());
        String tb = String.join("\n", e.traceback());
        assertTrue(tb.contains("$1-style temporaries") && tb.contains("out(N)"), tb);
        Result other = cell("undefinedName + 1");
        assertFalse(String.join("\n", other.sink().error().traceback()).contains("temporaries"),
                "only $N names get the note");
    }
}
