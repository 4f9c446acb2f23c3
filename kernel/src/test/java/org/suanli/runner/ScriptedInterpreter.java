package org.suanli.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.suanli.kernel.CompleteReply;
import org.suanli.kernel.DisplayData;
import org.suanli.kernel.ErrorInfo;
import org.suanli.kernel.ExecuteReply;
import org.suanli.kernel.ExecuteRequest;
import org.suanli.kernel.HistoryEntry;
import org.suanli.kernel.InspectReply;
import org.suanli.kernel.Interpreter;
import org.suanli.kernel.IsCompleteReply;
import org.suanli.kernel.KernelInfo;
import org.suanli.kernel.LanguageInfo;
import org.suanli.kernel.OutputSink;

/**
 * A stand-in engine for the runner's own logic (ordering, stopping, timeouts, output shapes), independent of
 * JShell. Each line of a cell is a command:
 * {@code print TEXT}, {@code eprint TEXT}, {@code result TEXT}, {@code html TEXT}, {@code png}, {@code fail MESSAGE}
 * (an error at that line), {@code sleep MILLIS} (interruptible), {@code hang} (ignores interrupts for 3 s),
 * {@code display ID TEXT}, {@code update ID TEXT}.
 */
final class ScriptedInterpreter implements Interpreter {

    /** A 40×30 red PNG. */
    static final String RED_PNG = png(40, 30, 0xFFCC0000);

    static String png(int width, int height, int argb) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, argb);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private volatile Thread running;
    private volatile boolean interrupted;
    private int count;
    final List<String> executed = new ArrayList<>();
    volatile boolean shutDown;

    @Override
    public ExecuteReply execute(ExecuteRequest request, OutputSink output) {
        running = Thread.currentThread();
        interrupted = false;
        count++;
        executed.add(request.code());
        try {
            String[] lines = request.code().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                String arg = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
                String cmd = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
                switch (cmd) {
                    case "print" -> output.stream("stdout", arg + "\n");
                    case "eprint" -> output.stream("stderr", arg + "\n");
                    case "result" -> output.executeResult(count, DisplayData.text(arg));
                    case "html" -> output.display(new DisplayData(Map.of("text/html", arg, "text/plain", arg), Map.of()));
                    case "png" -> output.display(new DisplayData(Map.of("image/png", RED_PNG, "text/plain", "<chart>"),
                            Map.of("image/png", Map.of("width", 200))));
                    case "display" -> {
                        String[] parts = arg.split(" ", 2);
                        output.display(new DisplayData(Map.of("text/plain", parts[1]), Map.of(), parts[0]));
                    }
                    case "update" -> {
                        String[] parts = arg.split(" ", 2);
                        output.updateDisplay(new DisplayData(Map.of("text/plain", parts[1]), Map.of(), parts[0]));
                    }
                    case "fail" -> {
                        List<String> traceback = List.of("\u001B[31mjava.lang.IllegalStateException\u001B[0m: " + arg,
                                "    at cell " + count + ", line " + (i + 1));
                        output.error("java.lang.IllegalStateException", arg, traceback);
                        return new ExecuteReply(ExecuteReply.Status.ERROR, count,
                                new ErrorInfo("java.lang.IllegalStateException", arg, traceback), Map.of());
                    }
                    case "sleep" -> {
                        long until = System.currentTimeMillis() + Long.parseLong(arg);
                        while (System.currentTimeMillis() < until) {
                            if (interrupted) {
                                output.error("Interrupted", "interrupted", List.of("Interrupted"));
                                return new ExecuteReply(ExecuteReply.Status.ERROR, count,
                                        new ErrorInfo("Interrupted", "interrupted", List.of()), Map.of());
                            }
                            Thread.onSpinWait();
                        }
                    }
                    case "hang" -> {
                        long until = System.currentTimeMillis() + 3000;
                        while (System.currentTimeMillis() < until && !shutDown) {
                            Thread.onSpinWait();
                        }
                    }
                    case "" -> {
                    }
                    default -> throw new IllegalArgumentException("unknown scripted command " + cmd);
                }
            }
            return new ExecuteReply(ExecuteReply.Status.OK, count, null, Map.of());
        } finally {
            running = null;
        }
    }

    @Override
    public CompleteReply complete(String code, int cursorPos) {
        return new CompleteReply(List.of(), cursorPos, cursorPos);
    }

    @Override
    public InspectReply inspect(String code, int cursorPos, int detailLevel) {
        return InspectReply.notFound();
    }

    @Override
    public IsCompleteReply isComplete(String code) {
        return new IsCompleteReply(IsCompleteReply.Status.COMPLETE, "");
    }

    @Override
    public KernelInfo kernelInfo() {
        return new KernelInfo("scripted", "0", "scripted", LanguageInfo.java(), List.of());
    }

    @Override
    public int executionCount() {
        return count;
    }

    @Override
    public List<HistoryEntry> historyTail(int n) {
        return List.of();
    }

    @Override
    public List<HistoryEntry> historyRange(int start, int stop) {
        return List.of();
    }

    @Override
    public List<HistoryEntry> historySearch(String pattern, int n, boolean unique) {
        return List.of();
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }
}
