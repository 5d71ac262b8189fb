package nova.media.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaSnifferTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Optional<SniffedType> sniff(byte[] head) {
        return MediaSniffer.sniff(head);
    }

    @Test
    void imagesByTheirSignatures() {
        assertEquals(Optional.of(SniffedType.JPEG), sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')));
        assertEquals(Optional.of(SniffedType.PNG), sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)));
        assertEquals(Optional.of(SniffedType.GIF), sniff(ascii("GIF89a\u0010\u0000")));
        assertEquals(Optional.of(SniffedType.GIF), sniff(ascii("GIF87a\u0010\u0000")));
        assertEquals(Optional.of(SniffedType.WEBP), sniff(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")));
    }

    @Test
    void isoMediaByItsMajorBrand() {
        assertEquals(Optional.of(SniffedType.MP4), sniff(ascii("\u0000\u0000\u0000\u0020ftypisom\u0000\u0000\u0002\u0000")));
        assertEquals(Optional.of(SniffedType.MP4), sniff(ascii("\u0000\u0000\u0000\u0018ftypmp42\u0000\u0000\u0000\u0000")));
        assertEquals(Optional.of(SniffedType.QUICKTIME), sniff(ascii("\u0000\u0000\u0000\u0014ftypqt  \u0000\u0000\u0002\u0000")));
        assertEquals(Optional.of(SniffedType.M4A), sniff(ascii("\u0000\u0000\u0000\u001cftypM4A \u0000\u0000\u0002\u0000")));
        assertEquals(Optional.empty(), sniff(ascii("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000")), "HEIF is not accepted");
    }

    @Test
    void webmButNotOtherMatroska() {
        assertEquals(Optional.of(SniffedType.WEBM), sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 'w', 'e', 'b', 'm')));
        assertEquals(Optional.empty(), sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88, 'm', 'a', 't', 'r', 'o', 's', 'k', 'a')));
    }

    @Test
    void audio() {
        assertEquals(Optional.of(SniffedType.OGG), sniff(ascii("OggS\u0000\u0002")));
        assertEquals(Optional.of(SniffedType.MP3), sniff(ascii("ID3\u0004\u0000\u0000")), "with an ID3 tag");
        assertEquals(Optional.of(SniffedType.MP3), sniff(bytes(0xFF, 0xFB, 0x90, 0x64)), "a bare MPEG-1 layer III frame");
        assertEquals(Optional.of(SniffedType.MP3), sniff(bytes(0xFF, 0xF3, 0x64, 0xC4)), "a bare MPEG-2 layer III frame");
    }

    @Test
    void framesThatAreNotMp3() {
        assertEquals(Optional.empty(), sniff(bytes(0xFF, 0xF1, 0x50, 0x80)), "ADTS AAC (layer bits 00)");
        assertEquals(Optional.empty(), sniff(bytes(0xFF, 0xFB, 0xF0, 0x64)), "bit rate index 15 is invalid");
        assertEquals(Optional.empty(), sniff(bytes(0xFF, 0xFB, 0x9C, 0x64)), "sample rate index 3 is reserved");
        assertEquals(Optional.empty(), sniff(bytes(0xFF, 0xEB, 0x90, 0x64)), "version 01 is reserved");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><script>alert(1)</script></html>",
        "<html><body>hello</body></html>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "\uFEFF<svg onload=alert(1)>",
        "#!/bin/sh\nrm -rf /\n",
        "<?php system($_GET['c']); ?>",
        "PK\u0003\u0004\u0014\u0000\u0000\u0000",
        "%PDF-1.7\n",
        "RIFF\u0024\u0000\u0000\u0000WAVEfmt ",
        "BM\u0036\u0000\u0000\u0000",
        "",
    })
    void everythingElseIsRefused(String content) {
        assertTrue(sniff(content.getBytes(StandardCharsets.UTF_8)).isEmpty(), content);
    }

    @Test
    void typesCarryTheirMimeTypeAndKind() {
        assertEquals("image/jpeg", SniffedType.JPEG.mimeType());
        assertEquals(MediaKind.VIDEO, SniffedType.QUICKTIME.kind());
        assertEquals("video/quicktime", SniffedType.QUICKTIME.mimeType());
        assertEquals("audio/mpeg", SniffedType.MP3.mimeType());
        assertEquals("audio/mp4", SniffedType.M4A.mimeType());
        assertEquals("audio", SniffedType.OGG.kind().wireName());
    }
}
