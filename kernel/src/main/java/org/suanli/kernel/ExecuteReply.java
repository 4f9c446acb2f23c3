package org.suanli.kernel;

import java.util.Map;

/**
 * How a cell ended, for the {@code execute_reply}. The error itself has already gone to
 * {@link OutputSink#error}; it is repeated here because the reply must carry ename/evalue/traceback too.
 *
 * @param status                ok, error, or aborted (never started, e.g. interrupted before it ran)
 * @param executionCount        the cell's count ({@link Interpreter#executionCount()} after it ran); for a
 *                              cell that did not store history, the current count unchanged
 * @param error                 present when status is ERROR
 * @param userExpressionResults one entry per requested user expression
 */
public record ExecuteReply(Status status, int executionCount, ErrorInfo error,
                           Map<String, ExpressionResult> userExpressionResults) {

    public ExecuteReply {
        userExpressionResults = userExpressionResults == null ? Map.of() : Map.copyOf(userExpressionResults);
    }

    public enum Status { OK, ERROR, ABORTED }

    public boolean ok() {
        return status == Status.OK;
    }

    /**
     * What one user expression gave: either its rendered value ({@code data}) or an error. Jupyter
     * wants both shapes in {@code user_expressions}, so neither is an exception.
     */
    public record ExpressionResult(DisplayData data, ErrorInfo error) {
        public static ExpressionResult of(DisplayData data) {
            return new ExpressionResult(data, null);
        }

        public static ExpressionResult failed(ErrorInfo error) {
            return new ExpressionResult(null, error);
        }

        public boolean ok() {
            return error == null;
        }
    }
}
