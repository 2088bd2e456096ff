package nl.entree.common.json;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * How every service writes its jsonb columns: a mapper of its own, so that what is stored never changes with the REST
 * mapper's settings (strict request dates, failing on unknown fields), dates are ISO text a person can read in SQL,
 * and old rows stay readable when a record loses a field. Hibernate's default would write dates as numbers and refuse
 * a field it no longer knows. Found by Quarkus in every module with Hibernate ORM; web and help have none, and there
 * this class is never loaded.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonbFormat implements FormatMapper {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ObjectMapper mapper = MAPPER;

    /**
     * A value as the tree a {@code JsonNode} column holds, written the way every jsonb column is, for a payload
     * whose type the column does not know (intake's outbox holds several kinds of event).
     */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Such a payload read back as {@code type}: a field a later release no longer has is ignored, not fatal. */
    public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        try {
            return mapper.readValue(text.toString(), mapper.constructType(type.getJavaType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getJavaType().getTypeName() + " could not be read", e);
        }
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        try {
            return mapper.writerFor(mapper.constructType(type.getJavaType())).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A " + type.getJavaType().getTypeName() + " could not be written", e);
        }
    }
}
