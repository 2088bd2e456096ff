package nl.entree.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902 add, replace, remove and test: the operations the kustomize patches in k8s/ use. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode target, JsonNode operations, String source) {
        if (!operations.isArray()) {
            throw new AssertionError(source + " is not a JSON patch (a list of operations)");
        }
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            if (!path.startsWith("/")) {
                throw new AssertionError(source + ": path '" + path + "' is not a JSON pointer");
            }
            String[] tokens = path.substring(1).split("/", -1);
            JsonNode parent = target;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]));
                if (parent == null) {
                    throw new AssertionError(source + ": " + path + " does not exist in " + Semantic.key(target));
                }
            }
            String last = unescape(tokens[tokens.length - 1]);
            switch (op) {
                case "add" -> add(parent, last, operation.get("value").deepCopy(), source, path);
                case "replace" -> {
                    requireExisting(parent, last, source, path, target);
                    remove(parent, last);
                    add(parent, last, operation.get("value").deepCopy(), source, path);
                }
                case "remove" -> {
                    requireExisting(parent, last, source, path, target);
                    remove(parent, last);
                }
                case "test" -> {
                    requireExisting(parent, last, source, path, target);
                    if (!child(parent, last).equals(operation.get("value"))) {
                        throw new AssertionError(source + ": " + path + " is " + child(parent, last) + " in "
                                + Semantic.key(target) + ", not " + operation.get("value"));
                    }
                }
                default -> throw new AssertionError(source + ": operation '" + op + "' is not supported here");
            }
        }
    }

    private static JsonNode child(JsonNode parent, String token) {
        if (parent.isArray()) {
            int index = Integer.parseInt(token);
            return index < parent.size() ? parent.get(index) : null;
        }
        return parent.get(token);
    }

    private static void requireExisting(JsonNode parent, String token, String source, String path, JsonNode target) {
        if (child(parent, token) == null) {
            throw new AssertionError(source + ": " + path + " does not exist in " + Semantic.key(target));
        }
    }

    private static void add(JsonNode parent, String token, JsonNode value, String source, String path) {
        if (parent instanceof ObjectNode object) {
            object.set(token, value);
        } else if (parent instanceof ArrayNode array) {
            if (token.equals("-")) {
                array.add(value);
            } else {
                array.insert(Integer.parseInt(token), value);
            }
        } else {
            throw new AssertionError(source + ": cannot add at " + path);
        }
    }

    private static void remove(JsonNode parent, String token) {
        if (parent instanceof ObjectNode object) {
            object.remove(token);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(token));
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
