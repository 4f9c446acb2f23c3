package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.kernel.protocol.ConnectionInfo;

/**
 * Issue 17: a kernel with message signing off (empty key) must not listen on an address other machines can
 * reach; and the kernel leaves its connection file as private as Jupyter wrote it (0600).
 */
class KernelSecurityTest {

    private static String connection(String ip, String key) {
        return "{\"transport\": \"tcp\", \"ip\": \"" + ip + "\", \"shell_port\": 50001, \"iopub_port\": 50002,"
                + " \"stdin_port\": 50003, \"control_port\": 50004, \"hb_port\": 50005, \"key\": \"" + key + "\","
                + " \"signature_scheme\": \"hmac-sha256\", \"kernel_name\": \"suanli\"}";
    }

    @Test
    void anEmptyKeyIsRefusedOnlyOffLoopback() throws Exception {
        for (String ip : List.of("0.0.0.0", "*", "192.168.1.20", "::")) {
            String why = ConnectionInfo.parse(connection(ip, ""), "test").refusal();
            assertNotNull(why, ip);
            assertTrue(why.contains("empty 'key'") && why.contains(ip) && why.contains("127.0.0.1"), why);
        }
        for (String ip : List.of("127.0.0.1", "127.1.2.3", "::1", "localhost")) {
            assertNull(ConnectionInfo.parse(connection(ip, ""), "test").refusal(), ip);
        }
        assertNull(ConnectionInfo.parse(connection("0.0.0.0", "a-secret"), "test").refusal(), "signed is fine anywhere");
    }

    @Test
    void theKernelRefusesToStartAndLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kernel-1.json");
        String text = connection("0.0.0.0", "");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = KernelCommand.run(file, null, List.of());
        } finally {
            System.setErr(saved);
        }
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("suanli kernel: refusing to start: the connection file has an empty 'key'"), message);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(text, Files.readString(file));
    }
}
