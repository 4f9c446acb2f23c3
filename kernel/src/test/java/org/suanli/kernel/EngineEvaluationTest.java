package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The engine against a real JShell: splitting, results, errors, streams, history, flags. */
class EngineEvaluationTest extends SharedEngineTest {


    @Test
    void aCellWithSeveralSnippetsRunsThemAllAndShowsTheLastValue() {
        RecordingSink s = run("int a = 6;\nint b = 7; // two on one line: int c = 0;\nlong c = (long) a * b;\nc * 10");
        assertNull(s.error());
        assertEquals("420", s.resultText());
        RecordingSink s2 = run("a + b");
        assertEquals("13", s2.resultText(), "definitions persist across cells");
    }

    @Test
    void declarationsAndStatementsProduceNoResult() {
        RecordingSink s = run("int noResult = 5;");
        assertNull(s.result());
        RecordingSink s2 = run("System.out.println(\"x\");");
        assertNull(s2.result());
        assertEquals("x\n", s2.stdout());
    }

    @Test
    void importsPersistAndMethodsCanBeRedefined() {
        run("import java.util.concurrent.atomic.AtomicLong;\nint twice(int x) { return 2 * x; }");
        assertEquals("14", run("twice(7)").resultText());
        run("int twice(int x) { return 3 * x; }");
        assertEquals("21", run("twice(7)").resultText(), "redefinition replaces the method");
        assertEquals("5", run("new AtomicLong(5).get()").resultText(), "the import persisted");
    }

    @Test
    void aVariableNameAloneShowsItsObject() {
        run("List<Integer> xs = List.of(3, 1, 2);");
        assertEquals("[3, 1, 2]", run("xs").resultText());
        assertEquals("[1, 2, 3]", run("int[] arr = {1, 2, 3};\narr").resultText());
    }

    @Test
    void compileErrorsNameCellLineAndColumnWithACaret() {
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(ExecuteRequest.of("int ok = 1;\n  String s = 42;"), s);
        assertEquals(ExecuteReply.Status.ERROR, r.status());
        ErrorInfo e = s.error();
        assertEquals("CompilationError", e.ename());
        String cell = "cell " + r.executionCount();
        assertTrue(e.evalue().startsWith(cell + ", line 2, column 14: incompatible types"), e.evalue());
        assertEquals("      String s = 42;", e.traceback().get(e.traceback().size() - 2));
        assertEquals("                 ^", e.traceback().get(e.traceback().size() - 1));
        assertFalse(String.join("\n", e.traceback()).contains("#"), "no snippet ids: " + e.traceback());
        assertFalse(String.join("\n", e.traceback()).contains("$JShell$"), "no wrapper classes");
        assertEquals(r.error(), e, "the reply carries the same error");
        assertEquals("1", run("ok").resultText(), "snippets before the error ran");
    }

    @Test
    void anUnknownNameIsACompileErrorAtItsColumn() {
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(ExecuteRequest.of("double v = 1.0;\n\ndouble w = v * undefinedThing;"), s);
        assertTrue(s.error().evalue().startsWith("cell " + r.executionCount() + ", line 3, column 16: cannot find symbol"),
                s.error().evalue());
        assertTrue(s.errorText().contains("symbol:   variable undefinedThing"), s.errorText());
    }

    @Test
    void runtimeExceptionsAreTrimmedToUserCodeWithCellAndLine() {
        RecordingSink def = new RecordingSink();
        ExecuteReply d = in.execute(ExecuteRequest.of("int ratio(int n) {\n  int k = n - 1;\n  return 10 / (n - n);\n}"), def);
        assertNull(def.error());
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(ExecuteRequest.of("int y = 1;\n\n// a comment before the call\nratio(y)"), s);
        ErrorInfo e = s.error();
        assertEquals("java.lang.ArithmeticException", e.ename());
        assertEquals("/ by zero", e.evalue());
        assertEquals(List.of("java.lang.ArithmeticException: / by zero",
                "\tat ratio (cell " + d.executionCount() + ", line 3)",
                "\tat cell " + r.executionCount() + ", line 4"), e.traceback());
    }

    @Test
    void libraryFramesAboveUserCodeAreKeptAndReflectionBelowIsCut() {
        RecordingSink s = run("Integer.parseInt(\"12x\")");
        ErrorInfo e = s.error();
        assertEquals("java.lang.NumberFormatException", e.ename());
        String tb = String.join("\n", e.traceback());
        assertTrue(tb.contains("at java.base/java.lang.Integer.parseInt") || tb.contains("at java.lang.Integer.parseInt"), tb);
        assertTrue(e.traceback().get(e.traceback().size() - 1).matches("\tat cell \\d+, line 1"), tb);
        assertFalse(tb.contains("jdk.internal.reflect") || tb.contains("java.lang.reflect") || tb.contains("jdk.jshell"), tb);
    }

    @Test
    void causesAreShown() {
        RecordingSink s = run("throw new IllegalStateException(\"outer\", new java.io.IOException(\"inner\"));");
        String tb = s.errorText();
        assertTrue(tb.startsWith("java.lang.IllegalStateException: outer"), tb);
        assertTrue(tb.contains("Caused by: java.io.IOException: inner"), tb);
    }

    @Test
    void systemExitEndsTheCellNotTheKernel() {
        run("int beforeExit = 11;");
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(ExecuteRequest.of("System.out.println(\"bye\");\nSystem.exit(2);\nint never = 1;"), s);
        assertEquals(ExecuteReply.Status.ERROR, r.status());
        assertEquals("SystemExit", s.error().ename());
        assertTrue(s.error().evalue().startsWith("System.exit(2) was called in cell " + r.executionCount() + ", line 2"),
                s.error().evalue());
        assertEquals("bye\n", s.stdout());
        assertEquals("11", run("beforeExit").resultText(), "the JVM and the state survive");
        assertTrue(run("never").error() != null, "the statement after exit did not run");
        RecordingSink ref = run("java.util.function.IntConsumer quit = System::exit;\nquit.accept(5);");
        assertEquals("SystemExit", ref.error().ename(), "method references to System.exit are caught too");
    }

    @Test
    void runtimeExitAndHaltEndTheCellNotTheKernel() {
        run("int beforeHalt = 12;");
        for (String call : List.of("exit", "halt")) {
            RecordingSink s = new RecordingSink();
            // inside a loop and a tableswitch, so that the rewrite must step over padded and long instructions correctly
            String code = "Runtime rt = Runtime.getRuntime();\n"
                    + "for (int i = 0; i < 3; i++) { switch (i) { case 0: break; case 1: long big = 100000L * i; "
                    + "break; case 2: rt." + call + "(3); default: break; } }";
            ExecuteReply r = in.execute(ExecuteRequest.of(code), s);
            assertEquals(ExecuteReply.Status.ERROR, r.status(), call);
            assertEquals("SystemExit", s.error().ename());
            assertTrue(s.error().evalue().startsWith("Runtime." + call + "(3) was called in cell " + r.executionCount()),
                    s.error().evalue());
        }
        RecordingSink chained = run("void stop() { Runtime.getRuntime().exit(4); }\nstop();");
        assertEquals("SystemExit", chained.error().ename(), "in a method the cell declares, too");
        assertEquals("12", run("beforeHalt").resultText(), "the JVM and the state survive");
    }

    @Test
    void stackOverflowIsReportedAndTheKernelSurvives() {
        RecordingSink s = run("int deep(int n) { return deep(n + 1) + 1; }\ndeep(0)");
        assertEquals("java.lang.StackOverflowError", s.error().ename());
        List<String> tb = s.error().traceback();
        assertTrue(tb.size() < 10, "repeated frames are collapsed: " + tb.size() + " lines");
        assertTrue(tb.get(2).matches("\t… the line above repeats \\d+ more times"), tb.toString());
        assertEquals("3", run("1 + 2").resultText());
    }

    @Test
    void outOfMemoryIsReportedAndTheKernelSurvives() {
        RecordingSink s = run("List<long[]> hog = new ArrayList<>();\n"
                + "for (int i = 0; i < 100_000; i++) hog.add(new long[16 << 20]);");
        assertEquals("java.lang.OutOfMemoryError", s.error().ename(), s.errorText());
        RecordingSink s2 = run("hog = null;\nlong[] big = new long[Integer.MAX_VALUE];");
        assertEquals("java.lang.OutOfMemoryError", s2.error().ename());
        assertEquals("42", run("6 * 7").resultText());
    }

    @Test
    void outputStreamsAsWrittenIncludingFromThreadsTheCellStarts() {
        RecordingSink s = run("Thread t = new Thread(() -> { System.out.println(\"from worker\"); System.err.println(\"worker err\"); });\n"
                + "t.start();\nt.join();\nSystem.out.println(\"after join\");");
        assertEquals("from worker\nafter join\n", s.stdout());
        assertEquals("worker err\n", s.stderr());
        RecordingSink timed = run("System.out.println(\"first\");\nThread.sleep(600);\nSystem.out.println(\"second\");");
        List<RecordingSink.Out> streams = timed.of("stream");
        assertEquals(2, streams.size(), "text printed before a pause is sent before it: " + streams);
        assertEquals("first\n", streams.get(0).text());
    }

    @Test
    void chineseTextSurvivesTheStreams() {
        assertEquals("广东省 算力\n", run("System.out.println(\"广东省 算力\");").stdout());
    }

    @Test
    void hugeOutputIsCutWithANote() {
        try (JShellInterpreter small = new JShellInterpreter(EngineOptions.defaults().withMaxStreamChars(1000).withWarmUp(false))) {
            RecordingSink s = new RecordingSink();
            ExecuteReply r = small.execute(ExecuteRequest.of("for (int i = 0; i < 100_000; i++) System.out.println(\"line \" + i);"), s);
            assertEquals(ExecuteReply.Status.OK, r.status());
            assertEquals(1000, s.stdout().length());
            assertTrue(s.stderr().contains("output truncated"), s.stderr());
            assertTrue(s.outs.size() < 10, "batched, not one message per line: " + s.outs.size());
        }
    }

    @Test
    void executionCountOnlyGrowsWithStoreHistoryAndSilentShowsNoResult() {
        int before = in.executionCount();
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(new ExecuteRequest("1 + 1", false, false, Map.of(), false, true), s);
        assertEquals(before, r.executionCount());
        assertEquals(before, in.executionCount());
        assertEquals("2", s.resultText(), "not stored, but not silent either");
        RecordingSink quiet = new RecordingSink();
        ExecuteReply q = in.execute(new ExecuteRequest("System.out.println(\"still printed\");\n2 + 2", true, true, Map.of(), false, true), quiet);
        assertEquals(before, q.executionCount(), "silent implies store_history false");
        assertNull(quiet.result(), "silent: no execute_result");
        assertEquals("still printed\n", quiet.stdout());
        ExecuteReply stored = in.execute(ExecuteRequest.of("3"), new RecordingSink());
        assertEquals(before + 1, stored.executionCount());
    }

    @Test
    void userExpressionsAreEvaluatedAfterTheCell() {
        RecordingSink s = new RecordingSink();
        ExecuteReply r = in.execute(new ExecuteRequest("int ux = 20;", false, true,
                Map.of("double", "ux * 2", "bad", "ux.foo()"), false, true), s);
        assertEquals("40", r.userExpressionResults().get("double").data().plainText());
        ErrorInfo bad = r.userExpressionResults().get("bad").error();
        assertNotNull(bad);
        assertEquals("CompilationError", bad.ename());
        assertTrue(bad.evalue().startsWith("user expression 'bad', line 1, column"), bad.evalue());
        assertTrue(s.of("error").isEmpty(), "user expression errors are not cell errors");
    }

    @Test
    void systemInAsksTheFrontEnd() {
        RecordingSink s = new RecordingSink();
        s.answers = p -> "Guangdong";
        ExecuteReply r = in.execute(new ExecuteRequest(
                "var sc = new Scanner(System.in);\nString name = sc.nextLine();\nname.toUpperCase()", false, true, Map.of(), true, true), s);
        assertEquals(ExecuteReply.Status.OK, r.status(), s.errorText());
        assertEquals("GUANGDONG", s.resultText());
        RecordingSink p = new RecordingSink();
        p.answers = q -> "secret";
        in.execute(new ExecuteRequest("password(\"Key:\")", false, true, Map.of(), true, true), p);
        assertEquals("secret", p.resultText());
        assertEquals(List.of("Key: (password)"), p.prompts);
        RecordingSink none = new RecordingSink();
        in.execute(ExecuteRequest.of("new Scanner(System.in).hasNextLine()"), none);
        assertEquals("false", none.resultText(), "without allow_stdin, System.in is at its end");
    }

    @Test
    void historyKeepsStoredInputs() {
        in.execute(ExecuteRequest.of("int hist1 = 1;"), new RecordingSink());
        in.execute(ExecuteRequest.of("int hist2 = 2;"), new RecordingSink());
        in.execute(new ExecuteRequest("int hist3 = 3;", false, false, Map.of(), false, true), new RecordingSink());
        List<HistoryEntry> tail = in.historyTail(2);
        assertEquals(List.of("int hist1 = 1;", "int hist2 = 2;"), tail.stream().map(HistoryEntry::input).toList());
        assertEquals(in.executionCount(), tail.get(1).line());
        assertEquals(List.of("int hist2 = 2;"), in.historySearch("int hist2*", 0, true).stream().map(HistoryEntry::input).toList());
        int last = in.executionCount();
        assertEquals(List.of("int hist1 = 1;"), in.historyRange(last - 1, last).stream().map(HistoryEntry::input).toList());
    }

    @Test
    void theToolkitsLibrariesImportInTheFirstCellWithoutMagic() {
        RecordingSink s = run("import tech.tablesaw.api.*;\nimport org.knowm.xchart.*;\n"
                + "Table t = Table.create(\"p\", StringColumn.create(\"province\", \"广东\", \"<b>\"), DoubleColumn.create(\"v\", 1.5, 2.5));\nt");
        assertNull(s.error(), s.errorText());
        String html = (String) s.result().get("text/html");
        assertTrue(html.contains("<td>广东</td>") && html.contains("&lt;b&gt;"), html);
    }

    @Test
    void theToolkitImportsWithoutMagic() {
        RecordingSink s = run("import org.suanli.data.*;\nProvinces.all().size()");
        assertNull(s.error(), s.errorText());
        assertEquals("31", s.resultText());
    }

    @Test
    void displayCallsReachTheCellAndDisplayAsLastLineShowsNoExtraResult() {
        RecordingSink s = run("var h = display(markdown(\"**bold**\"));\nh.update(html(\"<i>new</i>\"));\ndisplay(latex(\"x^2\"))");
        assertEquals(2, s.of("display").size());
        assertEquals(1, s.of("update").size());
        DisplayData first = s.of("display").get(0).data();
        assertEquals("**bold**", first.get("text/markdown"));
        assertTrue(((String) first.get("text/html")).contains("<strong>bold</strong>"));
        assertEquals(first.displayId(), s.of("update").get(0).data().displayId());
        assertEquals("$$x^2$$", s.of("display").get(1).data().get("text/latex"));
        assertNull(s.result(), "display(...) as the last line shows nothing more");
    }

    @Test
    void kernelInfoIsJavaWithJshExtension() {
        KernelInfo k = in.kernelInfo();
        assertEquals("java", k.languageInfo().name());
        assertEquals(".jsh", k.languageInfo().fileExtension());
        assertEquals("text/x-java", k.languageInfo().mimetype());
        assertEquals(Runtime.version().toString(), k.languageInfo().version());
        assertFalse(k.helpLinks().isEmpty());
    }
}
