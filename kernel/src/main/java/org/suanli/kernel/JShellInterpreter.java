package org.suanli.kernel;

import java.util.List;

/**
 * The JShell engine (in-process, {@code executionEngine("local")}). INTERFACE COMMIT: the constructor and
 * the class name are final; the implementation lands in the next commits on branch {@code engine}.
 * Until then every method throws {@link UnsupportedOperationException}.
 */
public final class JShellInterpreter implements Interpreter {

    public JShellInterpreter(EngineOptions options) {
    }

    @Override public ExecuteReply execute(ExecuteRequest request, OutputSink output) { throw new UnsupportedOperationException("not yet"); }
    @Override public CompleteReply complete(String code, int cursorPos) { throw new UnsupportedOperationException("not yet"); }
    @Override public InspectReply inspect(String code, int cursorPos, int detailLevel) { throw new UnsupportedOperationException("not yet"); }
    @Override public IsCompleteReply isComplete(String code) { throw new UnsupportedOperationException("not yet"); }
    @Override public KernelInfo kernelInfo() { throw new UnsupportedOperationException("not yet"); }
    @Override public int executionCount() { throw new UnsupportedOperationException("not yet"); }
    @Override public List<HistoryEntry> historyTail(int n) { throw new UnsupportedOperationException("not yet"); }
    @Override public List<HistoryEntry> historyRange(int start, int stop) { throw new UnsupportedOperationException("not yet"); }
    @Override public List<HistoryEntry> historySearch(String pattern, int n, boolean unique) { throw new UnsupportedOperationException("not yet"); }
    @Override public void interrupt() { }
    @Override public void shutdown() { }
}
