package nl.entree.k8s;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compares manifests by meaning, not by text: key order is irrelevant, and so is the order within a list of
 * objects (quarkus-kubernetes writes env, envFrom and labels in hash order, which changes between builds).
 * Lists of scalars (command, args) keep their order.
 */
final class Semantic {

    private Semantic() {
    }

    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            Map<String, JsonNode> fields = new TreeMap<>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), canonical(field.getValue())));
            fields.forEach(sorted::set);
            return sorted;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(element -> elements.add(canonical(element)));
            boolean allObjects = !elements.isEmpty() && elements.stream().allMatch(JsonNode::isObject);
            if (allObjects) {
                elements.sort(Comparator.comparing(JsonNode::toString));
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            elements.forEach(array::add);
            return array;
        }
        return node;
    }

    /** Identity of a Kubernetes object within a set of manifests. */
    static String key(JsonNode object) {
        JsonNode metadata = object.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        return object.path("kind").asText() + "/" + (namespace.isEmpty() ? "" : namespace + "/")
                + metadata.path("name").asText();
    }

    static Map<String, JsonNode> byKey(List<? extends JsonNode> objects) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (JsonNode object : objects) {
            JsonNode previous = map.put(key(object), canonical(object));
            if (previous != null) {
                throw new AssertionError("Two objects named " + key(object));
            }
        }
        return map;
    }

    /** Empty when both sets of objects mean the same; otherwise what differs, one line per object. */
    static List<String> differences(List<? extends JsonNode> expected, List<? extends JsonNode> actual) {
        Map<String, JsonNode> left = byKey(expected);
        Map<String, JsonNode> right = byKey(actual);
        List<String> differences = new ArrayList<>();
        for (String key : left.keySet()) {
            if (!right.containsKey(key)) {
                differences.add(key + " is missing");
            }
        }
        for (String key : right.keySet()) {
            if (!left.containsKey(key)) {
                differences.add(key + " is unexpected");
            } else {
                firstDifference(left.get(key), right.get(key), "")
                        .ifPresent(where -> differences.add(key + " differs at " + where));
            }
        }
        return differences;
    }

    static Optional<String> firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!actual.has(name)) {
                    return Optional.of(path + "/" + name + " (missing)");
                }
                Optional<String> inner = firstDifference(expected.get(name), actual.get(name), path + "/" + name);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            Iterator<String> extra = actual.fieldNames();
            while (extra.hasNext()) {
                String name = extra.next();
                if (!expected.has(name)) {
                    return Optional.of(path + "/" + name + " (unexpected)");
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> inner = firstDifference(expected.get(i), actual.get(i), path + "/" + i);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.of(path + ": expected " + abbreviate(expected) + " but found " + abbreviate(actual));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
