package org.suanli.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Figures for the engine alone, without a socket: JShell start-up to the first result, and the in-process
 * round trip of a trivial cell (median of 50, several runs). Not a test: timings on a shared machine are noisy.
 * Run: {@code java -cp kernel/target/suanli.jar org.suanli.kernel.EngineBench [runs]}.
 */
public final class EngineBench {

    private EngineBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            try (JShellInterpreter in = new JShellInterpreter(EngineOptions.defaults().withWarmUp(false))) {
                in.execute(ExecuteRequest.of("1 + 1"), OutputSink.discard());
                double firstCold = ms(System.nanoTime() - t0);
                List<Double> trivial = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long s = System.nanoTime();
                    in.execute(ExecuteRequest.of("1 + 1"), OutputSink.discard());
                    trivial.add(ms(System.nanoTime() - s));
                }
                List<Double> raw = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long s = System.nanoTime();
                    in.session().jshell().eval("1 + 1");
                    raw.add(ms(System.nanoTime() - s));
                }
                List<Double> again = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long s = System.nanoTime();
                    in.execute(ExecuteRequest.of("1 + 1"), OutputSink.discard());
                    again.add(ms(System.nanoTime() - s));
                }
                List<Double> decl = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long s = System.nanoTime();
                    in.execute(ExecuteRequest.of("int v" + i + " = " + i + ";"), OutputSink.discard());
                    decl.add(ms(System.nanoTime() - s));
                }
                double loopStop = interruptLatency(in, "while (true) { }");
                double sleepStop = interruptLatency(in, "Thread.sleep(600_000);");
                System.out.printf(Locale.ROOT, "run %d: interrupt to reply: tight loop %.1f ms, sleep %.1f ms%n", run, loopStop, sleepStop);
                long w0 = System.nanoTime();
                try (JShellInterpreter warm = new JShellInterpreter(EngineOptions.defaults())) {
                    double construct = ms(System.nanoTime() - w0);
                    warm.awaitReady();
                    double ready = ms(System.nanoTime() - w0);
                    long f0 = System.nanoTime();
                    warm.execute(ExecuteRequest.of("1 + 1"), OutputSink.discard());
                    double firstWarm = ms(System.nanoTime() - f0);
                    System.out.printf(Locale.ROOT,
                            "run %d: cold first cell %.0f ms | warm-up: constructor %.1f ms, ready after %.0f ms, first cell then %.1f ms"
                                    + " | trivial cell median %.2f ms (p10 %.2f, p90 %.2f), next 50 %.2f ms; bare JShell.eval median %.2f ms"
                                    + " | declaration median %.2f ms%n",
                            run, firstCold, construct, ready, firstWarm, median(trivial), pct(trivial, 10), pct(trivial, 90),
                            median(again), median(raw), median(decl));
                }
            }
        }
    }

    /** Milliseconds from {@code interrupt()} until the running cell's {@code execute} returns. */
    private static double interruptLatency(JShellInterpreter in, String code) {
        CompletableFuture<ExecuteReply> f = CompletableFuture.supplyAsync(
                () -> in.execute(ExecuteRequest.of("System.out.println(\"started\");\n" + code), OutputSink.discard()));
        try {
            Thread.sleep(1500); // let the cell get going (JShell compiles it first)
            long t0 = System.nanoTime();
            in.interrupt();
            f.get();
            return ms(System.nanoTime() - t0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> xs) {
        return pct(xs, 50);
    }

    private static double pct(List<Double> xs, int p) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int i = (int) Math.round((p / 100.0) * (a.length - 1));
        return a[i];
    }
}
