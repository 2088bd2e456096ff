package nl.entree.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Where things are in k8s/, and how a YAML tree becomes a fabric8 model object. */
final class K8s {

    /** The services with a database of their own. */
    static final List<String> SERVICES = List.of("intake-service", "triage-service", "capacity-service",
            "forecast-service", "directory-service");
    /** Everything deployed from a generated manifest: the services, and web and help, which have no database. */
    static final List<String> MODULES = List.of("intake-service", "triage-service", "capacity-service",
            "forecast-service", "directory-service", "web", "help");
    /** What faces the internet, each through an Ingress of its own: web for professionals, help for the public. */
    static final List<String> EXPOSED = List.of("web", "help");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private K8s() {
    }

    /** The k8s module directory (Surefire runs with the module as working directory and sets basedir). */
    static Path dir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    static Path root() {
        return dir().getParent();
    }

    static Path base() {
        return dir().resolve("base");
    }

    static Path secretTemplates() {
        return dir().resolve("secrets");
    }

    /** base and every overlay: what a platform team can apply. */
    static List<Path> kustomizations() {
        List<Path> kustomizations = new ArrayList<>();
        kustomizations.add(base());
        Path overlays = dir().resolve("overlays");
        try (Stream<Path> children = Files.list(overlays)) {
            children.filter(child -> Files.isRegularFile(Kustomize.kustomizationFile(child)))
                    .sorted()
                    .forEach(kustomizations::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kustomizations;
    }

    /** Every YAML file in k8s/ except build output and test sources. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !dir().relativize(file).startsWith("target"))
                    .filter(file -> !dir().relativize(file).startsWith("src"))
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KubernetesResource typed(JsonNode object) {
        return SERIALIZATION.unmarshal(object.toString(), KubernetesResource.class);
    }

    /** A module's settings as it sees them: its own application.properties over common's. */
    static Properties properties(String module) {
        Path common = root().resolve("common/src/main/resources/META-INF/microprofile-config.properties");
        Path own = root().resolve(module).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        for (Path file : List.of(common, own)) {
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return properties;
    }

    /** A setting as the module sees it; null if neither it nor common sets it. */
    static String property(String module, String key) {
        String value = properties(module).getProperty(key);
        return value == null ? null : value.trim();
    }

    static String relative(Path path) {
        return dir().relativize(path).toString();
    }
}
