package nl.entree.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates bad inputs from a valid request body: wrong types, unknown enum values, huge strings, malformed JSON,
 * the wrong content type, unknown fields, missing and null fields, absurd numbers and deep nesting. A CSV template
 * gets the same kinds cell by cell: a wrong or huge cell, a missing or extra column, broken quoting, absurd numbers.
 */
final class BadInput {

    static final String CSV = "text/csv";

    record Input(String kind, String contentType, String body) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Random random;
    private final JsonNode template;
    private final List<List<String>> csv;

    BadInput(long seed, String templateJson) {
        this.random = new Random(seed);
        try {
            this.template = Client.JSON.readTree(templateJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(templateJson, e);
        }
        this.csv = null;
    }

    /** For an endpoint that reads {@code text/csv}: the template is its rows, without quoting. */
    private BadInput(long seed, List<List<String>> rows) {
        this.random = new Random(seed);
        this.template = null;
        this.csv = rows;
    }

    static BadInput csv(long seed, String templateCsv) {
        return new BadInput(seed, templateCsv.lines().map(line -> List.of(line.split(",", -1))).toList());
    }

    Input next() {
        if (csv != null) {
            return nextCsv();
        }
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> malformed();
            case 1 -> new Input("wrong content type", pick("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/octet-stream"), template.toString());
            case 2 -> mutateLeaf("wrong type", v -> pick(NODES.numberNode(random.nextInt()), NODES.booleanNode(true),
                    NODES.arrayNode().add(1), NODES.objectNode().put("x", 1), NODES.textNode("not-a-" + random.nextInt(99))));
            case 3 -> mutateLeaf("unknown enum value", v -> NODES.textNode("NOT_A_VALUE_" + random.nextInt(1000)));
            case 4 -> mutateLeaf("huge string", v -> NODES.textNode("x".repeat(pick(5_000, 70_000, 300_000, 900_000))));
            case 5 -> withUnknownField();
            case 6 -> mutateLeaf("null", v -> NODES.nullNode());
            case 7 -> removeField();
            case 8 -> mutateLeaf("absurd number", v -> pick(NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
                    NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(-99999.5), NODES.numberNode(0)));
            default -> new Input("deep nesting", "application/json", "[".repeat(pick(50, 2_000, 20_000)) + "]".repeat(3));
        };
    }

    private Input nextCsv() {
        return switch (random.nextInt(10)) {
            case 0 -> new Input("malformed CSV", CSV, pick("", "\"", joinCsv(csv).replaceFirst(",", ",\"x"),
                    "\uFEFF", "a,b,c\n\"unclosed", joinCsv(csv).replace(",", ";")));
            case 1 -> new Input("wrong content type", pick("application/json", "application/xml",
                    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"), joinCsv(csv));
            case 2 -> mutateCell("wrong type", pick("not-a-" + random.nextInt(99), "true", "1.5", "[1]", "{\"x\":1}"));
            case 3 -> mutateCell("unknown value", "NOT_A_VALUE_" + random.nextInt(1000));
            case 4 -> mutateCell("huge cell", "x".repeat(pick(5_000, 70_000, 300_000, 900_000)));
            case 5 -> columns("extra column", true);
            case 6 -> mutateCell("empty cell", "");
            case 7 -> columns("missing column", false);
            case 8 -> mutateCell("absurd number", pick("-1", String.valueOf(Long.MAX_VALUE), "1e400", "-99999.5",
                    "99999999999999999999999", "0x1F"));
            default -> new Input("many rows", CSV, joinCsv(csv) + (joinCsv(csv.subList(csv.size() - 1, csv.size()))
                    .repeat(pick(2, 200, 20_000))) + pick("", "\u0000", "\r\n\r\n"));
        };
    }

    private Input mutateCell(String kind, String value) {
        List<List<String>> rows = copyCsv();
        List<String> row = rows.get(random.nextInt(rows.size()));
        row.set(random.nextInt(row.size()), value);
        return new Input(kind, CSV, joinCsv(rows));
    }

    private Input columns(String kind, boolean add) {
        List<List<String>> rows = copyCsv();
        List<String> row = rows.get(random.nextInt(rows.size()));
        if (add) {
            row.add(random.nextInt(row.size() + 1), "extra");
        } else {
            row.remove(random.nextInt(row.size()));
        }
        return new Input(kind, CSV, joinCsv(rows));
    }

    private List<List<String>> copyCsv() {
        List<List<String>> rows = new ArrayList<>();
        csv.forEach(row -> rows.add(new ArrayList<>(row)));
        return rows;
    }

    private static String joinCsv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join(",", row)).append('\n'));
        return text.toString();
    }

    private Input malformed() {
        String text = template.toString();
        String body = switch (random.nextInt(6)) {
            case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length() - 1)));
            case 1 -> text.replaceFirst(":", "");
            case 2 -> text.replaceFirst("\"", "'");
            case 3 -> "";
            case 4 -> text + "}";
            default -> "{\"a\":" + "\u0000\u00ff" + "}";
        };
        return new Input("malformed JSON", "application/json", body);
    }

    private Input withUnknownField() {
        JsonNode copy = template.deepCopy();
        List<ObjectNode> objects = objects(copy);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        target.put("unexpected" + random.nextInt(100), "value");
        return new Input("unknown field", "application/json", copy.toString());
    }

    private Input removeField() {
        JsonNode copy = template.deepCopy();
        List<ObjectNode> objects = objects(copy);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            target.remove(names.get(random.nextInt(names.size())));
        }
        return new Input("missing field", "application/json", copy.toString());
    }

    private Input mutateLeaf(String kind, java.util.function.Function<JsonNode, JsonNode> replacement) {
        JsonNode copy = template.deepCopy();
        List<Map.Entry<JsonNode, Object>> slots = slots(copy);
        if (slots.isEmpty()) {
            return new Input(kind, "application/json", replacement.apply(copy).toString());
        }
        Map.Entry<JsonNode, Object> slot = slots.get(random.nextInt(slots.size()));
        if (slot.getKey() instanceof ObjectNode object) {
            String field = (String) slot.getValue();
            object.set(field, replacement.apply(object.get(field)));
        } else {
            ArrayNode array = (ArrayNode) slot.getKey();
            int index = (Integer) slot.getValue();
            array.set(index, replacement.apply(array.get(index)));
        }
        return new Input(kind, "application/json", copy.toString());
    }

    /** Every (container, field-or-index) in the tree, so a mutation can hit any depth. */
    private static List<Map.Entry<JsonNode, Object>> slots(JsonNode node) {
        List<Map.Entry<JsonNode, Object>> slots = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(Map.entry(object, name));
                slots.addAll(slots(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(Map.entry(array, i));
                slots.addAll(slots(array.get(i)));
            }
        }
        return slots;
    }

    private static List<ObjectNode> objects(JsonNode node) {
        List<ObjectNode> objects = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> objects.addAll(objects(child)));
        if (objects.isEmpty()) {
            objects.add(NODES.objectNode());
        }
        return objects;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
