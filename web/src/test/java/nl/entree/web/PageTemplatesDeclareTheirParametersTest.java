package nl.entree.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 1: Qute checks a template's expressions when it is built only if the template declares its
 * parameters; without them a renamed record component fails the page when it is shown, not the build.
 */
class PageTemplatesDeclareTheirParametersTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** The frame, and the fragment every page includes with an answer of its own type: they take what they get. */
    private static final Set<String> SHARED = Set.of("layout.html", "panel-error.html");

    @Test
    void everyPageTemplateDeclaresItsParameters() throws IOException {
        List<String> undeclared;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            undeclared = files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> TEMPLATES.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("tags/") && !SHARED.contains(name))
                    .filter(name -> !read(TEMPLATES.resolve(name)).contains("{@"))
                    .sorted().toList();
        }
        assertEquals(List.of(), undeclared);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
