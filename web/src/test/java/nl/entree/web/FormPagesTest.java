package nl.entree.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * Every form of web's pages, read from the resource classes, returns to a page after signing in when it is sent
 * without a session (FormPages). A form left off that list would lose what was typed on a bare sign-in page.
 */
@QuarkusTest
class FormPagesTest {

    private static final UUID SAMPLE = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

    /** POSTs that are no form of a page, so have no page to return to; each says why. */
    private static final Map<String, String> NOT_FORMS = Map.of(
            "/sign-in", "the sign-in form itself, which needs no session",
            "/sign-out", "signing out without a session: the bare sign-in page is where it ends anyway",
            "/session/extend", "the timeout warning's script call, answered with JSON, not a form");

    @Test
    void everyFormSentWithoutASessionReturnsToAPageOfItsOwn() {
        Map<String, Method> posts = resourceMethods(POST.class);
        List<Pattern> pages = resourceMethods(GET.class).keySet().stream().map(FormPagesTest::template).toList();
        assertTrue(posts.size() > 20, "too few forms found, is the scan broken? " + posts.keySet());
        assertTrue(posts.keySet().containsAll(NOT_FORMS.keySet()), "an exception names no POST: " + NOT_FORMS);

        String ended = Tokens.casemanager(Organisation.CSG);
        List<String> lost = new ArrayList<>();
        posts.forEach((address, method) -> {
            if (NOT_FORMS.containsKey(address)) {
                return;
            }
            String post = sample(address, method);
            Response answer = Browser.anonymous().contentType(ContentType.URLENC)
                    .formParam("csrf", Browser.csrfFor(ended)).post(post);
            String location = String.valueOf(answer.header("Location"));
            if (answer.statusCode() != 303 || !location.startsWith("/sign-in?terug=")) {
                lost.add(post + " -> " + answer.statusCode() + " " + location);
                return;
            }
            String page = URLDecoder.decode(location.substring("/sign-in?terug=".length()), StandardCharsets.UTF_8);
            if (pages.stream().noneMatch(p -> p.matcher(page).matches())) {
                lost.add(post + " -> " + page + ", which no page shows");
            }
        });
        assertEquals(List.of(), lost, "forms that lose what was typed when sent without a session");
    }

    /** The address of every resource method of web with {@code verb}, its path parameters as written. */
    private static Map<String, Method> resourceMethods(Class<? extends java.lang.annotation.Annotation> verb) {
        var found = new TreeMap<String, Method>();
        for (Class<?> type : webClasses()) {
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null || type.isInterface()) {
                continue; // the clients of the services are interfaces with @Path, and serve nothing
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(verb)) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    found.put(join(root.value(), sub == null ? "" : sub.value()), method);
                }
            }
        }
        return found;
    }

    private static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The address with a value for each path parameter: the sample id, or an enum's first name, or a word. */
    private static String sample(String address, Method method) {
        Matcher m = PARAMETER.matcher(address);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Class<?> type = UUID.class;
            for (Parameter p : method.getParameters()) {
                PathParam name = p.getAnnotation(PathParam.class);
                if (name != null && name.value().equals(m.group(1))) {
                    type = p.getType();
                }
            }
            String value = type.isEnum() ? ((Enum<?>) type.getEnumConstants()[0]).name()
                    : type == UUID.class ? SAMPLE.toString() : "sample";
            m.appendReplacement(out, value);
        }
        return m.appendTail(out).toString();
    }

    private static Pattern template(String address) {
        return Pattern.compile(PARAMETER.matcher(Pattern.quote(address))
                .replaceAll(Matcher.quoteReplacement("\\E[^/]+\\Q")));
    }

    private static List<Class<?>> webClasses() {
        ClassLoader loader = FormPagesTest.class.getClassLoader();
        String anchor = "nl/entree/web/WebConfig.class";
        try {
            Path classes = Path.of(loader.getResource(anchor).toURI()).getParent().getParent().getParent().getParent();
            try (Stream<Path> files = Files.walk(classes.resolve("nl/entree/web"))) {
                var names = files.map(f -> classes.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).toList();
                var loaded = new ArrayList<Class<?>>();
                for (String name : names) {
                    loaded.add(Class.forName(name, false, loader));
                }
                return loaded;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
