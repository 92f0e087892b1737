package de.deutsch4u.architecture;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads the project's own sources for the static checks. */
final class SourceFiles {

    static final Path MAIN = Path.of("src/main");

    private SourceFiles() {}

    static List<Path> withSuffix(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties bundle(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources").resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
