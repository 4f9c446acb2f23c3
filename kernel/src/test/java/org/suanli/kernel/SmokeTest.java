package org.suanli.kernel;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        try (JShellInterpreter in = new JShellInterpreter()) {
            String[] cells = {
                "int x = 1;\n x + 1",
                "System.out.println(\"hi \" + x);\nSystem.err.println(\"err\");\n\"s\"",
                "int z = \"a\";",
                "void f(int n) {\n  int q = 10 / n;\n}\nf(0);",
                "System.exit(3);",
                "int deep(int n) { return deep(n + 1) + 1; }\ndeep(0)",
                "new Thread(() -> System.out.println(\"from thread\")).start();",
                "%lsmagic",
                "%%time\nThread.sleep(50);\n42",
                "display(html(\"<b>x</b>\"))",
                "x",
                "import tech.tablesaw.api.*;\nTable t = Table.create(\"t\", IntColumn.create(\"a\", 1,2,3));\nt",
                "%foo",
            };
            for (String c : cells) {
                RecordingSink s = new RecordingSink();
                long t0 = System.nanoTime();
                ExecuteReply r = in.execute(ExecuteRequest.of(c), s);
                System.out.println("=== " + c.replace("\n", "\\n") + "  [" + (System.nanoTime() - t0) / 1_000_000 + " ms] " + r.status() + " #" + r.executionCount());
                for (RecordingSink.Out o : s.outs) {
                    System.out.println("  " + o.kind() + " " + (o.name() != null ? o.name() + ": " + o.text() : "")
                            + (o.data() != null ? o.data().data().keySet() + " " + String.valueOf(o.data().plainText()).lines().limit(6).toList() : "")
                            + (o.error() != null ? o.error().ename() + " | " + o.error().evalue() + "\n    " + String.join("\n    ", o.error().traceback()) : ""));
                }
            }
        }
    }
}
