package nova.media.processing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes a JPEG APP1 EXIF segment (big-endian TIFF) with an orientation and a GPS IFD holding a latitude and longitude. */
final class ExifBlock {

    private ExifBlock() {
    }

    static byte[] orientationAndGps(int orientation) {
        int ifd0 = 8;
        int ifd0Size = 2 + 2 * 12 + 4;
        int gps = ifd0 + ifd0Size;
        int gpsSize = 2 + 4 * 12 + 4;
        int data = gps + gpsSize;
        ByteBuffer tiff = ByteBuffer.allocate(data + 48);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1).putInt(gps);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2).put(new byte[] {'N', 0, 0, 0});
        entry(tiff, 0x0002, 5, 3).putInt(data);
        entry(tiff, 0x0003, 2, 2).put(new byte[] {'E', 0, 0, 0});
        entry(tiff, 0x0004, 5, 3).putInt(data + 24);
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2959).putInt(100);
        tiff.putInt(2).putInt(1).putInt(17).putInt(1).putInt(4050).putInt(100);
        byte[] payload = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array()).array();
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload).array();
    }

    private static ByteBuffer entry(ByteBuffer tiff, int tag, int type, int count) {
        return tiff.putShort((short) tag).putShort((short) type).putInt(count);
    }
}
