package nl.entree.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features k8s/ uses: resources (files and
 * directories), JSON 6902 patches with a target, namespace and images. Anything else fails loudly rather than being
 * ignored, so the rules are never checked against something other than what gets applied. KustomizeCrossCheckTest
 * compares the result with kubectl's where kubectl is installed.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "namespace",
            "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PriorityClass");

    private Kustomize() {
    }

    static Path kustomizationFile(Path directory) {
        return directory.resolve("kustomization.yaml");
    }

    static ObjectNode kustomization(Path directory) {
        Path file = kustomizationFile(directory);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(directory + " has no kustomization.yaml");
        }
        ObjectNode kustomization = Yaml.objects(file).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new AssertionError(file + ": '" + field + "' is not understood by the test's renderer; "
                        + "extend Kustomize.java or use one of " + SUPPORTED);
            }
        });
        return kustomization;
    }

    static List<ObjectNode> render(Path directory) {
        ObjectNode kustomization = kustomization(directory);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                objects.addAll(Yaml.objects(path));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            Path file = directory.resolve(patch.path("path").asText()).normalize();
            JsonNode operations = Yaml.documents(file).get(0);
            JsonNode target = patch.path("target");
            int matched = 0;
            for (ObjectNode object : objects) {
                if (matches(target, object)) {
                    JsonPatch.apply(object, operations, directory.relativize(file).toString());
                    matched++;
                }
            }
            if (matched == 0) {
                throw new AssertionError(file + " matches no object");
            }
        }
        String namespace = kustomization.path("namespace").asText("");
        if (!namespace.isEmpty()) {
            for (ObjectNode object : objects) {
                if (object.path("kind").asText().equals("Namespace")) {
                    ((ObjectNode) object.get("metadata")).put("name", namespace);
                } else if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                    ((ObjectNode) object.get("metadata")).put("namespace", namespace);
                }
            }
        }
        for (JsonNode image : kustomization.path("images")) {
            for (ObjectNode object : objects) {
                retag(object, image);
            }
        }
        return objects;
    }

    /** Files a kustomization reads as patches rather than as resources. */
    static List<Path> patchFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        kustomization(directory).path("patches")
                .forEach(patch -> files.add(directory.resolve(patch.path("path").asText()).normalize()));
        return files;
    }

    /** Files and directories a kustomization reads as resources. */
    static List<Path> resourcePaths(Path directory) {
        List<Path> paths = new ArrayList<>();
        kustomization(directory).path("resources")
                .forEach(resource -> paths.add(directory.resolve(resource.asText()).normalize()));
        return paths;
    }

    private static boolean matches(JsonNode target, JsonNode object) {
        if (target.has("kind") && !target.get("kind").asText().equals(object.path("kind").asText())) {
            return false;
        }
        if (target.has("name") && !target.get("name").asText().equals(object.path("metadata").path("name").asText())) {
            return false;
        }
        if (target.has("labelSelector")) {
            Map<String, String> wanted = new LinkedHashMap<>();
            for (String term : target.get("labelSelector").asText().split(",")) {
                String[] pair = term.split("=", 2);
                if (pair.length != 2) {
                    throw new AssertionError("Only key=value label selectors are supported: " + term);
                }
                wanted.put(pair[0].trim(), pair[1].trim());
            }
            JsonNode labels = object.path("metadata").path("labels");
            for (Map.Entry<String, String> entry : wanted.entrySet()) {
                if (!entry.getValue().equals(labels.path(entry.getKey()).asText(null))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void retag(ObjectNode object, JsonNode image) {
        JsonNode podSpec = object.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : podSpec.path(list)) {
                String current = container.path("image").asText();
                int tagAt = current.lastIndexOf(':');
                boolean hasTag = tagAt > current.lastIndexOf('/');
                String name = hasTag ? current.substring(0, tagAt) : current;
                String tag = hasTag ? current.substring(tagAt + 1) : null;
                if (!name.equals(image.path("name").asText())) {
                    continue;
                }
                String newName = image.path("newName").asText(name);
                String newTag = image.path("newTag").asText(tag);
                ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
            }
        }
    }
}
