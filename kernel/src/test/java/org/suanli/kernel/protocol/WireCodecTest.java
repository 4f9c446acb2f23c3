package org.suanli.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4231, test case 2: HMAC-SHA256 with key "Jefe". The four frames are simply concatenated. */
    @Test
    void signatureIsHmacSha256OverTheFourFramesInOrder() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "Jefe");
        String sig = signer.sign(b("what do ya"), b(" want "), b("for "), b("nothing?"));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", sig);
        assertTrue(signer.verify(b(sig), b("what do ya"), b(" want "), b("for "), b("nothing?")));
    }

    @Test
    void verificationRejectsAnyChangeToSignatureOrFrames() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "secret");
        byte[][] f = {b("{\"a\":1}"), b("{}"), b("{}"), b("{}")};
        String sig = signer.sign(f[0], f[1], f[2], f[3]);
        assertFalse(signer.verify(b(sig.toUpperCase()), f[0], f[1], f[2], f[3]));
        assertFalse(signer.verify(b(sig.substring(1)), f[0], f[1], f[2], f[3]));
        assertFalse(signer.verify(new byte[0], f[0], f[1], f[2], f[3]));
        assertFalse(signer.verify(b(sig), b("{\"a\":2}"), f[1], f[2], f[3]));
        assertFalse(new MessageSigner("hmac-sha256", "other").verify(b(sig), f[0], f[1], f[2], f[3]));
    }

    /** As in RFC 4231 test case 6, a key longer than the block (131 bytes) is hashed first. */
    @Test
    void aKeyLongerThanTheBlockIsHashedFirst() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "k".repeat(131));
        assertEquals(javaxHmac("HmacSHA256", "k".repeat(131), "Test Using Larger Than Block-Size Key"),
                signer.sign(b("Test Using "), b("Larger Than "), b("Block-Size "), b("Key")));
    }

    @Test
    void agreesWithJavaxCryptoOnRandomKeysAndMessages() {
        java.util.Random random = new java.util.Random(42);
        String[][] schemes = {{"hmac-sha256", "HmacSHA256"}, {"hmac-sha512", "HmacSHA512"}, {"hmac-sha1", "HmacSHA1"}};
        for (String[] scheme : schemes) {
            for (int i = 0; i < 50; i++) {
                String key = randomText(random, random.nextInt(200) + 1);
                String[] parts = {randomText(random, random.nextInt(300)), randomText(random, random.nextInt(50)),
                        randomText(random, random.nextInt(5)), randomText(random, random.nextInt(2000))};
                assertEquals(javaxHmac(scheme[1], key, String.join("", parts)),
                        new MessageSigner(scheme[0], key).sign(b(parts[0]), b(parts[1]), b(parts[2]), b(parts[3])),
                        scheme[0] + " key length " + key.length());
            }
        }
    }

    private static String randomText(java.util.Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4e00 + random.nextInt(500)));
        }
        return sb.toString();
    }

    private static String javaxHmac(String algorithm, String key, String message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
            mac.init(new javax.crypto.spec.SecretKeySpec(b(key), algorithm));
            return java.util.HexFormat.of().formatHex(mac.doFinal(b(message)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anEmptyKeyMeansNoSigning() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "");
        assertEquals("", signer.sign(b("{}"), b("{}"), b("{}"), b("{}")));
        assertTrue(signer.verify(new byte[0], b("{}"), b("{}"), b("{}"), b("{}")));
    }

    @Test
    void anUnknownSchemeIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MessageSigner("rsa-foo", "k"));
        assertTrue(e.getMessage().contains("rsa-foo"));
    }

    @Test
    void encodeThenDecodeKeepsIdentitiesContentAndBuffers() throws Exception {
        WireCodec codec = new WireCodec(new MessageSigner("hmac-sha256", "k"), "s-1");
        JsonObject content = new JsonObject();
        content.addProperty("code", "var s = \"算力\";");
        Message m = codec.create("execute_request", null, content, List.of(b("id-1"), b("id-2")));
        List<byte[]> frames = new ArrayList<>(codec.encode(m));
        frames.add(new byte[] {0, 1, 2});
        Message back = codec.decode(frames);
        assertEquals(2, back.identities().size());
        assertArrayEquals(b("id-2"), back.identities().get(1));
        assertEquals("execute_request", back.type());
        assertEquals("s-1", back.session());
        assertEquals("5.4", back.header().get("version").getAsString());
        assertEquals("var s = \"算力\";", back.content().get("code").getAsString());
        assertEquals(1, back.buffers().size());
        assertTrue(back.header().get("date").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
    }

    @Test
    void malformedMessagesAreReportedNotThrownAsRuntimeExceptions() {
        WireCodec codec = new WireCodec(new MessageSigner("hmac-sha256", ""), "s");
        assertEquals("no <IDS|MSG> delimiter among 1 frames",
                assertThrows(InvalidMessageException.class, () -> codec.decode(List.of(b("x")))).getMessage());
        assertThrows(InvalidMessageException.class,
                () -> codec.decode(List.of(WireCodec.DELIMITER, b(""), b("{}"), b("{}"))));
        for (String header : List.of("{not json", "{\"msg_id\":\"1\",\"msg_type\":\"x\"} junk", "[]", "\"s\"",
                "{msg_id: \"1\", msg_type: \"x\"}", "{\"msg_type\":\"x\"}", "")) {
            InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> codec.decode(
                    List.of(WireCodec.DELIMITER, b(""), b(header), b("{}"), b("{}"), b("{}"))), header);
            assertFalse(e.getMessage().contains("LENIENT"), e.getMessage());
        }
    }

    @Test
    void connectionFileIsReadAndCheckedField() throws IOException {
        ConnectionInfo info = ConnectionInfo.parse("{\"shell_port\": 1, \"iopub_port\": 2, \"stdin_port\": 3,"
                + " \"control_port\": 4, \"hb_port\": 5, \"ip\": \"127.0.0.1\", \"key\": \"abc\","
                + " \"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\", \"kernel_name\": \"suanli\"}", "f.json");
        assertEquals("tcp://127.0.0.1:4", info.endpoint(info.controlPort()));
        assertEquals("abc", info.key());
        IOException e = assertThrows(IOException.class, () -> ConnectionInfo.parse(
                "{\"shell_port\": 1, \"iopub_port\": 2, \"stdin_port\": 3, \"control_port\": 4}", "f.json"));
        assertEquals("The connection file f.json has no numeric 'hb_port'.", e.getMessage());
        assertThrows(IOException.class, () -> ConnectionInfo.parse("{\"shell_port\": 70000}", "f.json"));
        assertThrows(IOException.class, () -> ConnectionInfo.parse("not json", "f.json"));
        ConnectionInfo ipc = ConnectionInfo.parse("{\"transport\": \"ipc\", \"ip\": \"/tmp/k\", \"shell_port\": 1,"
                + " \"iopub_port\": 2, \"stdin_port\": 3, \"control_port\": 4, \"hb_port\": 5}", "f.json");
        assertEquals("ipc:///tmp/k-5", ipc.endpoint(5));
    }
}
