package nl.entree.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rules are checked on the test's own rendering of each kustomization (CI need not have kubectl). Where kubectl
 * is installed, this proves that rendering equals what {@code kubectl kustomize} produces, i.e. what gets applied.
 */
class KustomizeCrossCheckTest {

    static List<Path> kustomizations() {
        return K8s.kustomizations();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void rendersLikeKubectl(Path kustomization) throws Exception {
        Assumptions.assumeTrue(kubectlAvailable(), "kubectl is not installed; the rendering is not cross-checked");
        Process process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "kubectl kustomize failed:\n" + output);

        List<String> differences = Semantic.differences(Yaml.documents(output).stream()
                .map(node -> (ObjectNode) node).toList(),
                Kustomize.render(kustomization));

        assertEquals(List.of(), differences, "the test's rendering of " + K8s.relative(kustomization)
                + " differs from kubectl kustomize");
    }

    private static boolean kubectlAvailable() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
