package nl.entree.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads (multi-document) YAML files as Jackson trees. */
final class Yaml {

    static final YAMLMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    static List<JsonNode> documents(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static List<JsonNode> documents(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        // One tree per document; MAPPER.readValues would instead unwrap a document that is a list (a JSON patch).
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            while (parser.nextToken() != null) {
                JsonNode document = MAPPER.readTree(parser);
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static List<ObjectNode> objects(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode document : documents(file)) {
            if (!document.isObject()) {
                throw new AssertionError(file + ": a document is not a mapping but " + document.getNodeType());
            }
            objects.add((ObjectNode) document);
        }
        return objects;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
