package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;

/**
 * An interactive engine, left idle, warms itself up with throwaway snippets: none of them may change what the
 * user sees (their declarations, count, history, results), and a cell sent meanwhile still runs.
 */
class IdleWarmUpTest {

    @Test
    void idleWarmUpLeavesTheUsersStateAsItWas() throws InterruptedException {
        EngineOptions o = EngineOptions.defaults().withWorkload(EngineOptions.Workload.INTERACTIVE);
        try (JShellInterpreter in = new JShellInterpreter(o)) {
            RecordingSink s = new RecordingSink();
            in.execute(ExecuteRequest.of("int $suanliWarmUp1 = 41;\nint mine = 7;\nmine * 6"), s);
            assertNull(s.error());
            int count = in.executionCount();
            long end = System.nanoTime() + 60_000_000_000L;
            boolean halfway = false;
            while (!in.idleWorkFinished() && System.nanoTime() < end) {
                Thread.sleep(50);
                if (!halfway && in.session().jshell().snippets().count() > 40) {
                    halfway = true; // a cell in the middle of the warm-up runs normally
                    RecordingSink mid = new RecordingSink();
                    in.execute(ExecuteRequest.of("mine + 1"), mid);
                    assertEquals("8", mid.resultText());
                    count++;
                }
            }
            assertTrue(in.idleWorkFinished(), "the warm-up ends within a minute");
            JShell js = in.session().jshell();
            List<String> live = js.snippets().filter(sn -> js.status(sn).isActive())
                    .filter(sn -> sn.source().contains("suanliWarmUp")).map(sn -> sn.source().strip()).toList();
            assertEquals(List.of("int $suanliWarmUp1 = 41;"), live,
                    "only the user's own declaration of that name is live: the warm-up skipped it and dropped its own");
            assertEquals(count, in.executionCount(), "warm-up snippets are not cells");
            RecordingSink after = new RecordingSink();
            in.execute(ExecuteRequest.of("$suanliWarmUp1 + mine + (int) out(" + (count - (halfway ? 1 : 0)) + ")"), after);
            assertNull(after.error(), () -> String.valueOf(after.error()));
            assertEquals(String.valueOf(41 + 7 + 42), after.resultText());
            assertTrue(in.historyTail(0).stream().noneMatch(h -> h.input().contains("suanliWarmUp") && !h.input().contains("mine")),
                    "the warm-up is not in the history");
        }
    }
}
