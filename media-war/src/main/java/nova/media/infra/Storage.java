package nova.media.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The media directory ({@code nova.media.dir}, from {@code NOVA_MEDIA_DIR}): every original and variant under
 * its content-addressed name, {@code ab/cd/abcd….ext} (the SHA-256 of the bytes), so one content is stored
 * once whoever uploads it; an HLS rendition is a directory {@code ab/cd/abcd….hls/} (hash over its files).
 * Files in progress live in {@code tmp/} on the same disk, so storing one is a rename. Nothing a user names ever
 * becomes part of a path: keys are checked against their one shape before they are resolved.
 */
@ApplicationScoped
public class Storage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z0-9]{1,5}");
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9_-]{1,64}\\.[a-z0-9]{1,5}");

    @Inject
    MediaSettings settings;

    private Path root;

    public Storage() {
    }

    /** A storage over {@code root} (tests). */
    public Storage(Path root) {
        this.root = root;
    }

    private Path root() {
        if (root == null) {
            root = settings.dir().toAbsolutePath().normalize();
        }
        return root;
    }

    /** A new empty file in the temporary area, for an upload or a job's output. */
    public Path newTempFile(String prefix) {
        try {
            return Files.createTempFile(Files.createDirectories(root().resolve("tmp")), prefix, ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary file in the media directory", e);
        }
    }

    /** A new empty directory in the temporary area (a job's work). */
    public Path newTempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(root().resolve("tmp")), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary directory in the media directory", e);
        }
    }

    /** The content-addressed key of bytes hashing to {@code sha256} with extension {@code ext}. */
    public static String keyOf(String sha256, String ext) {
        String key = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256 + "." + ext;
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a content hash and extension: " + sha256 + "." + ext);
        }
        return key;
    }

    /** Whether {@code key} is a key this storage makes. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** Where {@code key} is stored. */
    public Path resolve(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root().resolve(key);
    }

    /** A file inside a stored directory (an HLS segment); empty for a name that is not a plain file name. */
    public java.util.Optional<Path> resolveMember(String key, String member) {
        if (member == null || !MEMBER.matcher(member).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(resolve(key).resolve(member));
    }

    /**
     * Stores {@code file} (in the temporary area) as the content hashing to {@code sha256}: moved to its key,
     * or dropped if that content is stored already. Returns the key.
     */
    public String store(Path file, String sha256, String ext) {
        String key = keyOf(sha256, ext);
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                deleteQuietly(file); // a file, or an HLS directory with its segments
                return key;
            }
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                deleteQuietly(file); // stored by a concurrent upload of the same bytes
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a file in the media directory", e);
        }
    }

    /** Stores a file that is not in the temporary area yet (a processing output): hashes it, then moves it. */
    public String storeFile(Path file, String ext) {
        return store(file, sha256(file), ext);
    }

    /** Stores a directory (an HLS rendition) under the hash of its files' names and bytes. */
    public String storeDirectory(Path directory, String ext) {
        try (Stream<Path> files = Files.list(directory)) {
            MessageDigest digest = sha256Digest();
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(HexFormat.of().parseHex(sha256(file)));
            }
            return store(directory, HexFormat.of().formatHex(digest.digest()), ext);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a directory in the media directory", e);
        }
    }

    /** Removes what {@code key} names (a file, or a directory with its files); nothing if it is not there. */
    public void delete(String key) {
        deleteQuietly(resolve(key));
    }

    /** Removes a file or a directory tree, ignoring what is already gone. */
    public static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + path.getFileName(), e);
        }
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file.getFileName(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every key in {@code keys} that {@code stillUsed} does not name, removed. */
    public void deleteUnused(List<String> keys, java.util.function.Predicate<String> stillUsed) {
        for (String key : keys) {
            if (!stillUsed.test(key)) {
                delete(key);
            }
        }
    }
}
