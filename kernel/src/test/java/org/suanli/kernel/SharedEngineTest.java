package org.suanli.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One real JShell engine for all the tests of a class: starting JShell costs about a second, and the tests that
 * share it are written not to depend on each other's definitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedEngineTest {

    protected JShellInterpreter in;

    @BeforeAll
    void startEngine() {
        in = new JShellInterpreter(EngineOptions.defaults());
        in.awaitReady();
    }

    @AfterAll
    void stopEngine() {
        in.shutdown();
    }

    /** Runs {@code code} as one stored cell and returns what it produced. */
    protected RecordingSink run(String code) {
        RecordingSink s = new RecordingSink();
        in.execute(ExecuteRequest.of(code), s);
        return s;
    }
}
