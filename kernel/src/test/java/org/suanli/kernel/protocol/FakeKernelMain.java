package org.suanli.kernel.protocol;

import java.nio.file.Path;

/** Runs the server around {@link FakeInterpreter}, so protocol tests through jupyter_client need no JShell. */
public final class FakeKernelMain {
    private FakeKernelMain() {
    }

    public static void main(String[] args) throws Exception {
        KernelServer server = new KernelServer(ConnectionInfo.read(Path.of(args[0])), new FakeInterpreter());
        server.start();
        server.awaitShutdown();
        System.exit(0);
    }
}
