package org.suanli.kernel;

import java.util.Map;
import java.util.Objects;

/**
 * One cell to run, with the {@code execute_request} flags that change what the interpreter does.
 *
 * @param code            the cell source, possibly starting with magics
 * @param silent          run without producing an execute_result and without counting or storing it in
 *                        history (Jupyter: "silent" implies store_history false); streams still flow
 * @param storeHistory    count the cell ({@code execution_count} increments) and keep it in history
 * @param userExpressions name to Java expression, evaluated after the cell (also after a failing one)
 * @param allowStdin      whether {@link OutputSink#input} may be called; if not, {@code System.in} reads see EOF
 * @param stopOnError     informational for the engine (the server aborts the queue); kept for the runner
 */
public record ExecuteRequest(String code, boolean silent, boolean storeHistory,
                             Map<String, String> userExpressions, boolean allowStdin, boolean stopOnError) {

    public ExecuteRequest {
        Objects.requireNonNull(code, "code");
        userExpressions = userExpressions == null ? Map.of() : Map.copyOf(userExpressions);
        if (silent) {
            storeHistory = false;
        }
    }

    /** An ordinary notebook cell: counted, stored, with a result, no stdin. */
    public static ExecuteRequest of(String code) {
        return new ExecuteRequest(code, false, true, Map.of(), false, true);
    }
}
