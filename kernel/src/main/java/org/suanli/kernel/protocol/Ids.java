package org.suanli.kernel.protocol;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random message and session ids. They must be unique, not unpredictable (the HMAC key is the secret), so a
 * fast generator is used instead of {@link UUID#randomUUID()}, whose SecureRandom costs start-up time.
 */
final class Ids {
    private Ids() {
    }

    /** A version-4-shaped UUID string. */
    static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
