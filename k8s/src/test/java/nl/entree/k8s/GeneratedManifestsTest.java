package nl.entree.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The committed k8s/base/&lt;service&gt;/kubernetes.yml must mean the same as what quarkus-kubernetes generated in this
 * build, so the manifests never drift from the code and its configuration.
 */
class GeneratedManifestsTest {

    static final List<String> SERVICES = K8s.MODULES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void committedManifestMatchesTheGeneratedOne(String service) {
        Path generated = K8s.root().resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path committed = K8s.base().resolve(service).resolve("kubernetes.yml");
        assertTrue(Files.isRegularFile(generated), () -> generated + " does not exist: the k8s module compares what "
                + "the services generate at package time, so build them first (./mvnw verify from the root does).");
        assertTrue(Files.isRegularFile(committed), () -> committed + " does not exist. Run k8s/refresh.");

        List<String> differences = Semantic.differences(Yaml.objects(generated), Yaml.objects(committed));

        assertTrue(differences.isEmpty(), () -> "k8s/base/" + service + "/kubernetes.yml is not what "
                + "quarkus-kubernetes generates from the current code and configuration:\n  " + String.join("\n  ", differences)
                + "\nIf the change is intended, run k8s/refresh (it copies " + service
                + "/target/kubernetes/kubernetes.yml) and commit the result.");
    }

    @Test
    void theBaseDeploysExactlyTheGeneratedManifestsOfTheServicesWebAndHelp() {
        List<String> generated = Kustomize.resourcePaths(K8s.base()).stream()
                .filter(path -> path.getFileName().toString().equals("kubernetes.yml"))
                .map(path -> path.getParent().getFileName().toString())
                .sorted()
                .toList();

        assertEquals(SERVICES.stream().sorted().toList(), generated);
    }
}
