package nl.entree.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;

/** Every YAML file in k8s/ parses into valid objects, and every one of them is deployed or is a template. */
class ManifestFilesTest {

    /** API groups fabric8 has model classes for: an object there that stays generic has a misspelt kind. */
    private static final Set<String> BUILT_IN = Set.of("v1", "apps/v1", "networking.k8s.io/v1", "autoscaling/v2",
            "policy/v1");
    /** Custom resources k8s/ uses, by apiVersion and kind (CloudNativePG and its Barman Cloud plugin). */
    private static final Set<String> CUSTOM = Set.of("postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 Database",
            "postgresql.cnpg.io/v1 ScheduledBackup", "barmancloud.cnpg.io/v1 ObjectStore");
    private static final Pattern PLACEHOLDER = Pattern.compile("REPLACE_ME");

    static List<Path> yamlFiles() {
        return K8s.yamlFiles();
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void parsesIntoValidObjects(Path file) {
        if (isKustomization(file)) {
            Kustomize.kustomization(file.getParent());
            return;
        }
        if (patchFiles().contains(file)) {
            JsonNode operations = Yaml.documents(file).get(0);
            assertTrue(operations.isArray() && !operations.isEmpty(), file + " is not a JSON 6902 patch");
            Set<String> supported = Set.of("add", "replace", "remove", "test");
            operations.forEach(op -> assertTrue(supported.contains(op.path("op").asText())
                    && op.path("path").asText().startsWith("/"), file + ": bad operation " + op));
            return;
        }
        List<ObjectNode> objects = Yaml.objects(file);
        assertFalse(objects.isEmpty(), file + " holds no object");
        for (ObjectNode object : objects) {
            String where = K8s.relative(file) + " " + Semantic.key(object);
            KubernetesResource resource = K8s.typed(object);
            HasMetadata typed = assertInstanceOf(HasMetadata.class, resource, where + " is not a Kubernetes object");
            assertFalse(typed.getMetadata() == null || typed.getMetadata().getName() == null
                    || typed.getMetadata().getName().isBlank(), where + " has no name");
            if (BUILT_IN.contains(typed.getApiVersion())) {
                assertFalse(typed instanceof GenericKubernetesResource,
                        where + ": " + typed.getApiVersion() + " has no kind " + typed.getKind());
                List<String> unknown = new ArrayList<>();
                unknownFields(typed, "", unknown);
                assertTrue(unknown.isEmpty(), where + " has fields Kubernetes does not know: " + unknown);
            } else {
                assertTrue(CUSTOM.contains(typed.getApiVersion() + " " + typed.getKind()),
                        where + ": unexpected custom resource " + typed.getApiVersion() + " " + typed.getKind());
            }
        }
    }

    @Test
    void everyFileOutsideTheTemplatesIsDeployedByAKustomization() {
        Set<Path> used = new HashSet<>();
        for (Path kustomization : K8s.kustomizations()) {
            collect(kustomization, used);
        }
        List<String> orphans = K8s.yamlFiles().stream()
                .filter(file -> !file.startsWith(K8s.secretTemplates()))
                .filter(file -> !isKustomization(file))
                .filter(file -> !used.contains(file))
                .map(K8s::relative)
                .toList();

        assertEquals(List.of(), orphans, "files no kustomization reads");
    }

    @Test
    void secretTemplatesHoldPlaceholdersOnly() {
        List<HasMetadata> templates = Manifests.templates();
        assertFalse(templates.isEmpty());
        for (HasMetadata template : templates) {
            String name = template.getMetadata().getName();
            if (template instanceof Secret secret) {
                assertTrue(secret.getData() == null || secret.getData().isEmpty(),
                        name + ": base64 data can hide a real secret; templates use stringData placeholders");
                Map<String, String> values = secret.getStringData() == null ? Map.of() : secret.getStringData();
                values.forEach((key, value) -> assertTrue(PLACEHOLDER.matcher(value).find() || isUsername(secret, key),
                        name + "." + key + " is not a placeholder"));
            } else {
                ConfigMap configMap = assertInstanceOf(ConfigMap.class, template,
                        name + " is neither Secret nor ConfigMap");
                configMap.getData().forEach((key, value) -> assertTrue(PLACEHOLDER.matcher(value).find(),
                        name + "." + key + " is not a placeholder"));
            }
        }
    }

    private static boolean isUsername(Secret secret, String key) {
        return "kubernetes.io/basic-auth".equals(secret.getType()) && key.equals("username");
    }

    private static boolean isKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml");
    }

    private static Set<Path> patchFiles() {
        Set<Path> patches = new HashSet<>();
        K8s.kustomizations().forEach(kustomization -> patches.addAll(Kustomize.patchFiles(kustomization)));
        return patches;
    }

    private static void collect(Path kustomization, Set<Path> used) {
        used.addAll(Kustomize.patchFiles(kustomization));
        for (Path resource : Kustomize.resourcePaths(kustomization)) {
            if (Files.isDirectory(resource)) {
                collect(resource, used);
            } else {
                used.add(resource);
            }
        }
    }

    /** Fields fabric8 could not map end up in additionalProperties: those are typos or wrong nesting. */
    private static void unknownFields(Object node, String path, List<String> unknown) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                unknownFields(element, path + "/" + i++, unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "/" + key, unknown));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method method : node.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || !method.getName().startsWith("get") || method.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = method.invoke(node);
                if (method.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(key -> unknown.add(path + "/" + key));
                    }
                } else {
                    unknownFields(value, path + "/" + property(method.getName()), unknown);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String property(String getter) {
        return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }
}
