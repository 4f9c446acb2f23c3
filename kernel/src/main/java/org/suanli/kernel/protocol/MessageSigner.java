package org.suanli.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * HMAC signatures of Jupyter messages: the hex digest over header, parent header, metadata and content.
 *
 * <p>Verification compares in constant time ({@link MessageDigest#isEqual}), so the time a wrong signature
 * takes to reject says nothing about how many of its leading characters were right. An empty key means
 * "no signing", as in the Jupyter messaging spec: signatures are empty and not checked.
 *
 * <p>HMAC (RFC 2104) is computed here over {@link MessageDigest} rather than through {@code javax.crypto.Mac}:
 * the JCE framework costs about 0.15 s of CPU to initialise, which is a sixth of the kernel's start-up
 * budget, while the construction itself is two hash passes. The tests check it against RFC 4231's vectors
 * and against {@code javax.crypto.Mac} on random keys and messages.
 */
final class MessageSigner {

    /** Jupyter scheme name to (MessageDigest algorithm, block size in bytes). */
    private static final Map<String, Object[]> SCHEMES = Map.of(
            "hmac-sha256", new Object[] {"SHA-256", 64}, "hmac-sha224", new Object[] {"SHA-224", 64},
            "hmac-sha384", new Object[] {"SHA-384", 128}, "hmac-sha512", new Object[] {"SHA-512", 128},
            "hmac-sha1", new Object[] {"SHA-1", 64}, "hmac-md5", new Object[] {"MD5", 64});

    private final byte[] innerPad;
    private final byte[] outerPad;
    private final ThreadLocal<MessageDigest> digests;

    MessageSigner(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            innerPad = null;
            outerPad = null;
            digests = null;
            return;
        }
        String s = scheme == null ? "hmac-sha256" : scheme.toLowerCase(Locale.ROOT);
        Object[] spec = SCHEMES.get(s);
        if (spec == null) {
            throw new IllegalArgumentException("Unsupported signature_scheme '" + scheme
                    + "': use one of " + new TreeSet<>(SCHEMES.keySet()) + " (Jupyter uses hmac-sha256).");
        }
        String algorithm = (String) spec[0];
        int blockSize = (Integer) spec[1];
        MessageDigest prototype = newDigest(algorithm);
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        if (k.length > blockSize) {
            k = prototype.digest(k);
        }
        k = Arrays.copyOf(k, blockSize);
        innerPad = new byte[blockSize];
        outerPad = new byte[blockSize];
        for (int i = 0; i < blockSize; i++) {
            innerPad[i] = (byte) (k[i] ^ 0x36);
            outerPad[i] = (byte) (k[i] ^ 0x5c);
        }
        digests = ThreadLocal.withInitial(() -> newDigest(algorithm));
    }

    boolean enabled() {
        return innerPad != null;
    }

    /** The lowercase hex signature of the four JSON frames; "" when signing is off. */
    String sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (!enabled()) {
            return "";
        }
        return HexFormat.of().formatHex(hmac(header, parentHeader, metadata, content));
    }

    /** Whether {@code signature} (the frame as received) is right for the four frames. */
    boolean verify(byte[] signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (!enabled()) {
            return true;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(header, parentHeader, metadata, content))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature);
    }

    /** HMAC(K, m) = H((K ^ opad) || H((K ^ ipad) || m)), m being the parts in order. */
    byte[] hmac(byte[]... parts) {
        MessageDigest md = digests.get();
        md.reset();
        md.update(innerPad);
        for (byte[] part : parts) {
            md.update(part);
        }
        byte[] inner = md.digest();
        md.update(outerPad);
        md.update(inner);
        return md.digest();
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("This Java has no " + algorithm + " digest", e);
        }
    }
}
