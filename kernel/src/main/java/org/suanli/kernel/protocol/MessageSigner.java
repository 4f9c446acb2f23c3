package org.suanli.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC signatures of Jupyter messages: the hex digest over header, parent header, metadata and content.
 *
 * <p>Verification compares in constant time ({@link MessageDigest#isEqual}), so the time a wrong signature
 * takes to reject says nothing about how many of its leading characters were right. An empty key means
 * "no signing", as in the Jupyter messaging spec: signatures are empty and not checked.
 */
final class MessageSigner {

    private final String algorithm;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    MessageSigner(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            this.algorithm = null;
            this.key = null;
            this.macs = null;
            return;
        }
        String s = scheme == null ? "hmac-sha256" : scheme.toLowerCase(Locale.ROOT);
        if (!s.startsWith("hmac-")) {
            throw new IllegalArgumentException("Unsupported signature_scheme '" + scheme
                    + "': Jupyter kernels sign with hmac-sha256.");
        }
        this.algorithm = "Hmac" + s.substring("hmac-".length()).toUpperCase(Locale.ROOT);
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm);
        try {
            Mac.getInstance(algorithm).init(this.key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unsupported signature_scheme '" + scheme + "': " + e.getMessage(), e);
        }
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    boolean enabled() {
        return key != null;
    }

    /** The lowercase hex signature of the four JSON frames; "" when signing is off. */
    String sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (!enabled()) {
            return "";
        }
        return HexFormat.of().formatHex(digest(header, parentHeader, metadata, content));
    }

    /** Whether {@code signature} (the frame as received) is right for the four frames. */
    boolean verify(byte[] signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (!enabled()) {
            return true;
        }
        byte[] expected = HexFormat.of().formatHex(digest(header, parentHeader, metadata, content))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature);
    }

    private byte[] digest(byte[]... parts) {
        Mac mac = macs.get();
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
