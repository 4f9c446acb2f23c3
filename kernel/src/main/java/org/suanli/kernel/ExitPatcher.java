package org.suanli.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rewrites the calls that would end the kernel's JVM in a snippet's class file: {@code System.exit(int)},
 * {@code Runtime.exit(int)} and {@code Runtime.halt(int)} become calls to {@link ExitTrap}, which end the cell
 * instead.
 *
 * <p>Why byte-level: Java 17 has no class-file API and a bytecode library is a large dependency for this one
 * rewrite. New constants are appended to the constant pool, so every existing index stays valid:
 * <ul>
 * <li>{@code System.exit} is static with the same descriptor as {@link ExitTrap#exit(int)}: its Methodref is
 *     pointed at {@code ExitTrap}, and the instructions (and method references {@code System::exit}) follow.
 * <li>{@code Runtime.exit} and {@code halt} are instance methods: each {@code invokevirtual} of them becomes an
 *     {@code invokestatic} of {@code ExitTrap.runtimeExit/runtimeHalt(Runtime, int)}. Both instructions are three
 *     bytes and take the same two stack slots, so code offsets and stack maps are unchanged. A method reference
 *     {@code Runtime.getRuntime()::exit} (an invokedynamic handle) is not covered.
 * </ul>
 * A class file this reader does not understand is loaded as javac wrote it.
 */
final class ExitPatcher {

    static final String TRAP_CLASS = ExitTrap.class.getName().replace('.', '/');
    private static final String RUNTIME_TRAP_DESCRIPTOR = "(Ljava/lang/Runtime;I)V";
    private static final int INVOKEVIRTUAL = 0xb6;
    private static final int INVOKESTATIC = 0xb8;

    private ExitPatcher() {
    }

    /** The patched class file, or the same array when it calls none of the exits. */
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
        List<Integer> systemExits = new ArrayList<>();
        Map<Integer, String> runtimeCalls = new TreeMap<>(); // Methodref index -> "exit" or "halt", in pool order
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
            if (!"(I)V".equals(desc)) {
                continue;
            }
            if ("java/lang/System".equals(owner) && "exit".equals(name)) {
                systemExits.add(i);
            } else if ("java/lang/Runtime".equals(owner) && ("exit".equals(name) || "halt".equals(name))) {
                runtimeCalls.put(i, name);
            }
        }
        if (systemExits.isEmpty() && runtimeCalls.isEmpty()) {
            return b;
        }

        Pool extra = new Pool(count);
        int trapClass = extra.classRef(TRAP_CLASS);
        Map<String, Integer> trapMethods = new HashMap<>(); // "exit"/"halt" -> the appended ExitTrap Methodref
        Map<Integer, Integer> replace = new HashMap<>(); // Runtime Methodref -> ExitTrap Methodref
        runtimeCalls.forEach((ref, name) -> replace.put(ref, trapMethods.computeIfAbsent(name, n -> extra.methodRef(
                trapClass, "exit".equals(n) ? "runtimeExit" : "runtimeHalt", RUNTIME_TRAP_DESCRIPTOR))));
        byte[] added = extra.bytes();
        byte[] out = new byte[b.length + added.length];
        System.arraycopy(b, 0, out, 0, poolEnd);
        System.arraycopy(added, 0, out, poolEnd, added.length);
        System.arraycopy(b, poolEnd, out, poolEnd + added.length, b.length - poolEnd);
        put2(out, 8, extra.nextIndex());
        for (int i : systemExits) {
            put2(out, offset[i] + 1, trapClass);
        }
        if (!replace.isEmpty()) {
            rewriteInvokes(out, poolEnd + added.length, offset, tag, replace, b);
        }
        return out;
    }

    /**
     * Walks every method's code (fields and methods start at {@code p} in {@code out}) and turns each
     * {@code invokevirtual} of a key of {@code replace} into an {@code invokestatic} of its value.
     */
    private static void rewriteInvokes(byte[] out, int p, int[] offset, int[] tag, Map<Integer, Integer> replace,
                                       byte[] original) {
        p += 6; // access flags, this, super
        p += 2 + 2 * u2(out, p); // interfaces
        p = skipMembers(out, p, offset, tag, original, null); // fields
        skipMembers(out, p, offset, tag, original, replace); // methods
    }

    /** Skips a fields or methods table; with {@code replace}, rewrites the Code attributes on the way. */
    private static int skipMembers(byte[] out, int p, int[] offset, int[] tag, byte[] original,
                                   Map<Integer, Integer> replace) {
        int members = u2(out, p);
        p += 2;
        for (int m = 0; m < members; m++) {
            p += 6;
            int attributes = u2(out, p);
            p += 2;
            for (int a = 0; a < attributes; a++) {
                int nameIdx = u2(out, p);
                int length = u4(out, p + 2);
                if (replace != null && tag[nameIdx] == 1 && "Code".equals(utf8(original, offset[nameIdx]))) {
                    int codeLength = u4(out, p + 10);
                    rewriteCode(out, p + 14, codeLength, replace);
                }
                p += 6 + length;
            }
        }
        return p;
    }

    private static void rewriteCode(byte[] out, int start, int length, Map<Integer, Integer> replace) {
        int pc = 0;
        while (pc < length) {
            int at = start + pc;
            int op = out[at] & 0xff;
            if (op == INVOKEVIRTUAL) {
                Integer to = replace.get(u2(out, at + 1));
                if (to != null) {
                    out[at] = (byte) INVOKESTATIC;
                    put2(out, at + 1, to);
                }
            }
            pc += instructionLength(out, start, pc);
        }
    }

    /** Length in bytes of the instruction at {@code pc} (JVMS 6.5); the switches are padded to a 4-byte boundary. */
    private static int instructionLength(byte[] code, int start, int pc) {
        int op = code[start + pc] & 0xff;
        if (op <= 0x0f || op >= 0x1a && op <= 0x35 || op >= 0x3b && op <= 0x83 || op >= 0x85 && op <= 0x98
                || op >= 0xac && op <= 0xb1 || op == 0xbe || op == 0xbf || op == 0xc2 || op == 0xc3) {
            return 1;
        }
        if (op == 0x10 || op == 0x12 || op >= 0x15 && op <= 0x19 || op >= 0x36 && op <= 0x3a || op == 0xa9
                || op == 0xbc) {
            return 2;
        }
        if (op == 0x11 || op == 0x13 || op == 0x14 || op == 0x84 || op >= 0x99 && op <= 0xa8
                || op >= 0xb2 && op <= 0xb8 || op == 0xbb || op == 0xbd || op == 0xc0 || op == 0xc1
                || op == 0xc6 || op == 0xc7) {
            return 3;
        }
        if (op == 0xc5) {
            return 4;
        }
        if (op == 0xb9 || op == 0xba || op == 0xc8 || op == 0xc9) {
            return 5;
        }
        if (op == 0xc4) {
            return (code[start + pc + 1] & 0xff) == 0x84 ? 6 : 4;
        }
        int pad = (4 - (pc + 1) % 4) % 4;
        int base = start + pc + 1 + pad;
        if (op == 0xaa) {
            int low = u4(code, base + 4);
            int high = u4(code, base + 8);
            return 1 + pad + 12 + 4 * (high - low + 1);
        }
        if (op == 0xab) {
            return 1 + pad + 8 + 8 * u4(code, base + 4);
        }
        throw new IllegalArgumentException("opcode " + op);
    }

    /** Constants appended after the existing pool, numbered from its end. */
    private static final class Pool {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int next;

        Pool(int firstIndex) {
            next = firstIndex;
        }

        int utf8(String s) {
            byte[] v = s.getBytes(StandardCharsets.UTF_8);
            bytes.write(1);
            bytes.write(v.length >> 8);
            bytes.write(v.length);
            bytes.write(v, 0, v.length);
            return next++;
        }

        int classRef(String name) {
            int n = utf8(name);
            return entry(7, n, -1);
        }

        int methodRef(int classIndex, String name, String descriptor) {
            int nat = entry(12, utf8(name), utf8(descriptor));
            return entry(10, classIndex, nat);
        }

        private int entry(int tag, int first, int second) {
            bytes.write(tag);
            bytes.write(first >> 8);
            bytes.write(first);
            if (second >= 0) {
                bytes.write(second >> 8);
                bytes.write(second);
            }
            return next++;
        }

        int nextIndex() {
            return next;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private static int u2(byte[] b, int p) {
        return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
    }

    private static int u4(byte[] b, int p) {
        return (u2(b, p) << 16) | u2(b, p + 2);
    }

    private static void put2(byte[] b, int p, int v) {
        b[p] = (byte) (v >> 8);
        b[p + 1] = (byte) v;
    }

    /** Constant-pool names of classes and methods are plain ASCII in practice; modified UTF-8 is decoded leniently. */
    private static String utf8(byte[] b, int entryOffset) {
        int len = u2(b, entryOffset + 1);
        return new String(b, entryOffset + 3, len, StandardCharsets.UTF_8);
    }
}
