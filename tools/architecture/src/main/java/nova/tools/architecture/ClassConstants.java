package nova.tools.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The text constants of a class file: every literal (text blocks and compile-time concatenations
 * included), the recipes of runtime concatenations (which hold the literal parts of the SQL a class
 * builds) and annotation values such as native queries. Read from the constant pool, so nothing the
 * compiler kept is missed; names and descriptors come along, which no SQL pattern matches.
 */
final class ClassConstants {

    private ClassConstants() {
    }

    static List<String> strings(URI classFile) {
        try (InputStream in = classFile.toURL().openStream()) {
            return strings(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classFile, e);
        }
    }

    static List<String> strings(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();           // Class, String, MethodType, Module, Package
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); } // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();          // Integer, Float, refs, NameAndType, Dynamic
                case 5, 6 -> { in.readLong(); i++; }                       // Long, Double take two slots
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> strings = new ArrayList<>();
        for (String s : utf8) {
            if (s != null) {
                strings.add(s);
            }
        }
        return strings;
    }
}
