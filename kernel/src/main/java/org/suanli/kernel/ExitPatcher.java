package org.suanli.kernel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites calls to {@code System.exit(int)} in a class file into calls to {@link ExitTrap#exit(int)}.
 *
 * <p>Why byte-level: Java 17 has no class-file API and a bytecode library is a large dependency for one
 * rewrite. Both methods are static with the descriptor {@code (I)V}, so only the constant pool changes: two
 * entries (the name {@code org/suanli/kernel/ExitTrap} and a Class entry for it) are appended, and every
 * Methodref {@code java/lang/System.exit:(I)V} is pointed at the new Class. Instructions, stack maps and
 * existing indices are untouched; method references ({@code System::exit}) go through the same Methodref.
 * {@code Runtime.getRuntime().exit(n)} and {@code halt} are not covered (instance calls).
 */
final class ExitPatcher {

    static final String TRAP_CLASS = ExitTrap.class.getName().replace('.', '/');

    private ExitPatcher() {
    }

    /** The patched class file, or the same array when it does not call {@code System.exit}. */
    static byte[] patch(byte[] classFile) {
        try {
            return doPatch(classFile);
        } catch (RuntimeException e) {
            return classFile; // a class file we cannot read is left as javac wrote it
        }
    }

    private static byte[] doPatch(byte[] b) {
        if (b.length < 10 || u4(b, 0) != 0xCAFEBABE) {
            return b;
        }
        int count = u2(b, 8);
        int[] offset = new int[count];
        int[] tag = new int[count];
        int p = 10;
        for (int i = 1; i < count; i++) {
            offset[i] = p;
            tag[i] = b[p] & 0xff;
            switch (tag[i]) {
                case 1 -> p += 3 + u2(b, p + 1);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> p += 5;
                case 5, 6 -> { p += 9; i++; }
                case 7, 8, 16, 19, 20 -> p += 3;
                case 15 -> p += 4;
                default -> throw new IllegalArgumentException("constant pool tag " + tag[i]);
            }
        }
        int poolEnd = p;
        List<Integer> targets = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] != 10) {
                continue;
            }
            int classIdx = u2(b, offset[i] + 1);
            int natIdx = u2(b, offset[i] + 3);
            if (tag[classIdx] != 7 || tag[natIdx] != 12) {
                continue;
            }
            String owner = utf8(b, offset[u2(b, offset[classIdx] + 1)]);
            String name = utf8(b, offset[u2(b, offset[natIdx] + 1)]);
            String desc = utf8(b, offset[u2(b, offset[natIdx] + 3)]);
            if ("java/lang/System".equals(owner) && "exit".equals(name) && "(I)V".equals(desc)) {
                targets.add(i);
            }
        }
        if (targets.isEmpty()) {
            return b;
        }
        byte[] nameBytes = TRAP_CLASS.getBytes(StandardCharsets.UTF_8);
        int utfIndex = count;
        int classIndex = count + 1;
        byte[] extra = new byte[3 + nameBytes.length + 3];
        extra[0] = 1;
        extra[1] = (byte) (nameBytes.length >> 8);
        extra[2] = (byte) nameBytes.length;
        System.arraycopy(nameBytes, 0, extra, 3, nameBytes.length);
        int q = 3 + nameBytes.length;
        extra[q] = 7;
        extra[q + 1] = (byte) (utfIndex >> 8);
        extra[q + 2] = (byte) utfIndex;

        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, poolEnd);
        System.arraycopy(extra, 0, out, poolEnd, extra.length);
        System.arraycopy(b, poolEnd, out, poolEnd + extra.length, b.length - poolEnd);
        int newCount = count + 2;
        out[8] = (byte) (newCount >> 8);
        out[9] = (byte) newCount;
        for (int i : targets) {
            out[offset[i] + 1] = (byte) (classIndex >> 8);
            out[offset[i] + 2] = (byte) classIndex;
        }
        return out;
    }

    private static int u2(byte[] b, int p) {
        return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
    }

    private static int u4(byte[] b, int p) {
        return (u2(b, p) << 16) | u2(b, p + 2);
    }

    /** Constant-pool names of classes and methods are plain ASCII in practice; modified UTF-8 is decoded leniently. */
    private static String utf8(byte[] b, int entryOffset) {
        int len = u2(b, entryOffset + 1);
        return new String(b, entryOffset + 3, len, StandardCharsets.UTF_8);
    }
}
