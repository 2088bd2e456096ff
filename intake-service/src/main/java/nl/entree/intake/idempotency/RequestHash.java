package nl.entree.intake.idempotency;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.entree.intake.crypto.ClientCodes;

/**
 * A keyed hash (HMAC-SHA256 under the client-code key, {@link ClientCodes#requestHash}) of a request in canonical
 * form: fields sorted, nulls dropped, arrays (which are all sets here) sorted, and values as parsed rather than as
 * typed, so that "10:15:00Z" and "10:15:00.000Z" are the same request. Only the hash is kept: the idempotency table
 * never holds the body, and without the key its hash cannot be matched to a phone number or client code guessed.
 */
@ApplicationScoped
public class RequestHash {

    /** A hash as {@link #of} gives it: 32 bytes in hexadecimal. */
    public static final int LENGTH = 64;

    private final ObjectMapper mapper;
    private final ClientCodes keyed;

    public RequestHash(ObjectMapper mapper, ClientCodes keyed) {
        this.mapper = mapper;
        this.keyed = keyed;
    }

    public String of(Object request) {
        return keyed.requestHash(canonicalText(request));
    }

    /** Whether {@code stored} was made from this same request, under the current key or one before it. */
    public boolean matches(String stored, Object request) {
        return keyed.isRequestHash(stored, canonicalText(request));
    }

    private String canonicalText(Object request) {
        try {
            return mapper.writeValueAsString(canonical(mapper.valueToTree(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read the request", e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().isNull()) {
                    sorted.put(field.getKey(), canonical(field.getValue()));
                }
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            items.sort((a, b) -> a.toString().compareTo(b.toString()));
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }
}
