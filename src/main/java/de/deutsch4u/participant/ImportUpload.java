package de.deutsch4u.participant;

import de.deutsch4u.common.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An import file on disk: the body is copied to a temporary file (owner-only) in small pieces and
 * refused with 413 {@code import.tooLarge} as soon as it exceeds {@link #MAX_BYTES}; a declared length
 * beyond it is refused before a byte is read. Reading XLSX needs random access to the ZIP, which a
 * file gives without holding the whole archive in memory.
 */
final class ImportUpload implements AutoCloseable {

    /** 10 MB (contract §8); the page's p:validateFile and web.xml's multipart-config say the same. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Path file;

    private ImportUpload(Path file) {
        this.file = file;
    }

    /** Copies a body whose declared length is {@code declaredLength} (-1: unknown, e.g. chunked). */
    static ImportUpload receive(InputStream body, long declaredLength) {
        if (declaredLength > MAX_BYTES) {
            throw tooLarge();
        }
        Path file = createTempFile();
        try (body;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > MAX_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return new ImportUpload(file);
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof BusinessException refused) {
                throw refused;
            }
            throw BusinessException.invalidField("file", "violation.import.unreadable");
        }
    }

    static BusinessException tooLarge() {
        return new BusinessException(
                BusinessException.Kind.TOO_LARGE, "import.tooLarge", List.of(), MAX_BYTES / (1024 * 1024));
    }

    Path path() {
        return file;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("deutsch4u-import-", ".upload"); // rw------- on POSIX
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
