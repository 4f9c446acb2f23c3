package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** is_complete, complete and inspect, with JShell's analysis. */
class AnalysisTest extends SharedEngineTest {


    private IsCompleteReply.Status status(String code) {
        return in.isComplete(code).status();
    }

    @Test
    void completeCode() {
        assertEquals(IsCompleteReply.Status.COMPLETE, status("int x = 3;"));
        assertEquals(IsCompleteReply.Status.COMPLETE, status("x + 1"));
        assertEquals(IsCompleteReply.Status.COMPLETE, status("void f() { }\nf();"));
        assertEquals(IsCompleteReply.Status.COMPLETE, status("import java.time.*;"));
        assertEquals(IsCompleteReply.Status.COMPLETE, status("undefinedButWellFormed(1);"), "names are not checked");
        assertEquals(IsCompleteReply.Status.COMPLETE, status(""));
    }

    @Test
    void incompleteCodeGetsAnIndent() {
        IsCompleteReply r = in.isComplete("for (int i = 0; i < 3; i++) {");
        assertEquals(IsCompleteReply.Status.INCOMPLETE, r.status());
        assertEquals("    ", r.indent());
        IsCompleteReply nested = in.isComplete("class A {\n  void f() {\n    if (true) {");
        assertEquals("            ", nested.indent());
        assertEquals(IsCompleteReply.Status.INCOMPLETE, status("1 +"));
        assertEquals(IsCompleteReply.Status.INCOMPLETE, status("String s = \"{\" + ("), "braces in strings do not count");
        assertEquals("    ", in.isComplete("String s = \"{\" + (").indent());
    }

    @Test
    void invalidCode() {
        assertEquals(IsCompleteReply.Status.INVALID, status("int 1x = 3;"));
        assertEquals(IsCompleteReply.Status.INVALID, status("x +* 2;"));
        assertEquals(IsCompleteReply.Status.INVALID, status("int ok = 1;\nint 2bad = 2;"), "any bad snippet makes the cell invalid");
    }

    @Test
    void magicsAreUnderstood() {
        assertEquals(IsCompleteReply.Status.COMPLETE, status("%lsmagic"));
        assertEquals(IsCompleteReply.Status.COMPLETE, status("%maven a:b:1\nint y = 2;"));
        assertEquals(IsCompleteReply.Status.INVALID, status("%nosuch"));
        assertEquals(IsCompleteReply.Status.INCOMPLETE, status("%%html\n<b>x</b>"), "a cell magic ends with an empty line");
        assertEquals(IsCompleteReply.Status.COMPLETE, status("%%html\n<b>x</b>\n\n"));
        assertEquals(IsCompleteReply.Status.INVALID, status("%%nosuch\nx"));
    }

    @Test
    void completionOffersMembersAndVariables() {
        in.execute(ExecuteRequest.of("String provinceName = \"广东\";"), new RecordingSink());
        String code = "int a = 1;\nprovinceName.toUpp";
        CompleteReply r = in.complete(code, code.length());
        assertTrue(r.matches().contains("toUpperCase("), r.matches().toString());
        assertEquals(code.indexOf("toUpp"), r.cursorStart());
        assertEquals(code.length(), r.cursorEnd());
        String v = "provinceN";
        CompleteReply vr = in.complete(v, v.length());
        assertTrue(vr.matches().contains("provinceName"), vr.matches().toString());
        assertEquals(0, vr.cursorStart());
        CompleteReply m = in.complete("int z = 1;\n%ma", "int z = 1;\n%ma".length());
        assertEquals(java.util.List.of("%maven"), m.matches());
        assertEquals("int z = 1;\n".length(), m.cursorStart());
    }

    @Test
    void inspectGivesTheSignature() {
        String code = "Math.max(1, 2)";
        InspectReply r = in.inspect(code, 6, 0);
        assertTrue(r.found());
        String text = r.data().plainText();
        assertTrue(text.contains("int Math.max(int a, int b)"), text);
        in.execute(ExecuteRequest.of("double gdpShare = 0.25;"), new RecordingSink());
        InspectReply var = in.inspect("gdpShare * 2", 3, 0);
        assertTrue(var.found());
        assertEquals("gdpShare:double", var.data().plainText(), "JShell's own signature for a variable");
        assertFalse(in.inspect("   ", 1, 0).found());
    }
}
