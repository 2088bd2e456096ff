package nl.entree.triage.rules;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.DurationDeserializer;

import nl.entree.common.problem.Problem;

/**
 * Reads a rule-set document into {@link RuleSetDocument} and finds every error in it that the records can show,
 * each with its JSON path ({@code rules[3].effect.organisation}). Jackson binds it, failing on unknown fields,
 * while a {@link DeserializationProblemHandler} notes what it cannot read (an unknown field, a wrong type, an
 * unknown value or {@code kind}) and lets it read on with the value missing; Bean Validation then checks the
 * records, except where binding already found something wrong.
 */
final class RuleSetBinding {

    private static final String REQUIRED = "is required";
    private static final ObjectReader BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addDeserializer(Term.class, new TermText()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // A number or a boolean is not a text: it reads as missing, rather than as the text "5".
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.AsNull)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.AsNull)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.AsNull))
            .withCoercionConfig(LogicalType.Enum, c -> c.setAcceptBlankAsEmpty(true)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
            .build()
            .readerFor(RuleSetDocument.class);
    // Its own, not the container's: the benchmark compiles rule sets without one.
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private RuleSetBinding() {
    }

    /**
     * The document as records, with whatever could not be read or breaks a constraint added to {@code errors} and
     * left out; null only if Jackson had to stop.
     */
    static RuleSetDocument read(JsonNode node, List<Problem.Violation> errors) {
        RuleSetDocument doc = bind(node, errors);
        if (doc != null) {
            validate(doc, errors);
        }
        return doc;
    }

    private static RuleSetDocument bind(JsonNode node, List<Problem.Violation> errors) {
        try {
            return BINDER.withHandler(new Problems(errors)).readValue(kindFirst(node));
        } catch (IOException e) {
            // Not expected: the handler passes over every problem that Jackson lets it.
            errors.add(new Problem.Violation("body", "cannot be read as a rule set"));
            return null;
        }
    }

    /**
     * A copy with each effect's {@code kind} first. Jackson buffers what comes before it, and reports what it finds
     * wrong in the buffer at the wrong path.
     */
    private static JsonNode kindFirst(JsonNode document) {
        JsonNode copy = document.deepCopy();
        for (JsonNode rule : copy.path("rules")) {
            if (rule.get("effect") instanceof ObjectNode effect && effect.has("kind")) {
                ObjectNode ordered = effect.objectNode().set("kind", effect.get("kind"));
                ((ObjectNode) rule).set("effect", ordered.setAll(effect));
            }
        }
        return copy;
    }

    /** One error per field, where binding found none: a missing value reads "is required" whatever it breaks. */
    private static void validate(RuleSetDocument doc, List<Problem.Violation> errors) {
        Map<String, ConstraintViolation<?>> byField = new TreeMap<>();
        for (ConstraintViolation<RuleSetDocument> v : VALIDATOR.validate(doc)) {
            byField.merge(fieldOf(v.getPropertyPath()), v, (a, b) -> rank(b) < rank(a)
                    || rank(b) == rank(a) && b.getMessage().compareTo(a.getMessage()) < 0 ? b : a);
        }
        byField.forEach((field, v) -> {
            if (clean(errors, field)) {
                errors.add(new Problem.Violation(field, v.getInvalidValue() == null ? REQUIRED : v.getMessage()));
            }
        });
    }

    private static int rank(ConstraintViolation<?> v) {
        Class<?> constraint = v.getConstraintDescriptor().getAnnotation().annotationType();
        return v.getInvalidValue() == null || constraint == NotBlank.class || constraint == NotEmpty.class ? 0 : 1;
    }

    /** {@code rules[3].effect.organisation}, as the document is written. */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** True when {@code errors} has none at the path or inside it. */
    static boolean clean(List<Problem.Violation> errors, String path) {
        for (Problem.Violation e : errors) {
            String f = e.field();
            if (f.startsWith(path) && (f.length() == path.length() || f.charAt(path.length()) == '.'
                    || f.charAt(path.length()) == '[')) {
                return false;
            }
        }
        return true;
    }

    /** ISO-8601 text only: Jackson reads a number as seconds, and a 24 meant as hours would be 24 seconds. */
    private static final class IsoDuration extends DurationDeserializer {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return p.currentToken().isNumeric() ? (Duration) ctxt.handleUnexpectedToken(Duration.class, p)
                    : super.deserialize(p, ctxt);
        }
    }

    /**
     * A term with the text it is written in. The text is read as a duration first, so that what is refused, and the
     * error at its path, are what they were when terms were durations.
     */
    private static final class TermText extends StdDeserializer<Term> {

        private final IsoDuration duration = new IsoDuration();

        TermText() {
            super(Term.class);
        }

        @Override
        public Term deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return duration.deserialize(p, ctxt) == null ? null : Term.parse(p.getText().trim());
        }
    }

    /** Notes what Jackson cannot bind, at its path, and lets it bind the rest as missing. */
    private static final class Problems extends DeserializationProblemHandler {

        private final List<Problem.Violation> errors;

        Problems(List<Problem.Violation> errors) {
            this.errors = errors;
        }

        private void error(String field, String message) {
            errors.add(new Problem.Violation(field, message));
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            error(p == ctxt.getParser() ? at(p) : join(holder(ctxt.getParser()), propertyName), "unknown field");
            p.skipChildren();
            return true;
        }

        /**
         * The object an unknown field is in, when the field is replayed from a buffer: a record keeps the unknown
         * fields it meets before its last known one, and the buffer's parser knows nothing above itself. The
         * document's parser is then in that object still, or at its end.
         */
        private static String holder(JsonParser document) {
            JsonStreamContext c = document.getParsingContext();
            return path(document.hasToken(JsonToken.END_OBJECT) ? c : c.getParent());
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            error(at(p), expected(targetType.getRawClass()));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
            error(at(p), expected(instClass));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            error(at(ctxt.getParser()), expected(targetType));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                String failureMsg) {
            error(at(ctxt.getParser()), expected(targetType));
            return null;
        }

        @Override
        public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
                TypeIdResolver idResolver, String failureMsg) {
            error(at(ctxt.getParser()), "must be one of " + idResolver.getDescForKnownTypeIds());
            return ctxt.constructType(Void.class);
        }

        @Override
        public JavaType handleMissingTypeId(DeserializationContext ctxt, JavaType baseType, TypeIdResolver idResolver,
                String failureMsg) {
            JsonParser p = ctxt.getParser();
            if (p.hasToken(JsonToken.END_OBJECT)) {
                error(at(p) + ".kind", REQUIRED);
            } else {
                error(at(p), "must be an object");
            }
            return ctxt.constructType(Void.class);
        }

        private static String at(JsonParser p) {
            String path = path(p.getParsingContext());
            return path.isEmpty() ? "body" : path;
        }

        private static String path(JsonStreamContext context) {
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext c = context; c != null; c = c.getParent()) {
                if (c.inArray() && c.hasCurrentIndex()) {
                    path.insert(0, "[" + c.getCurrentIndex() + "]");
                } else if (c.inObject() && c.hasCurrentName()) {
                    path.insert(0, "." + c.getCurrentName());
                }
            }
            return path.isEmpty() ? "" : path.substring(path.charAt(0) == '.' ? 1 : 0);
        }

        private static String expected(Class<?> type) {
            if (type.isEnum()) {
                return "must be one of " + Arrays.toString(type.getEnumConstants());
            }
            if (type == Duration.class || type == Term.class) {
                return "must be an ISO-8601 duration such as PT1H or P5D";
            }
            if (type == String.class) {
                return "must be non-empty text";
            }
            return Collection.class.isAssignableFrom(type) ? "must be an array" : "must be an object";
        }
    }
}
