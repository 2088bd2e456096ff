package nl.entree.directory.store;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * How the jsonb columns are written: a mapper of their own, so that what is stored never changes with the REST
 * mapper's settings (strict request dates, failing on unknown fields), and old rows stay readable.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonbFormat implements FormatMapper {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        try {
            return mapper.readValue(text.toString(), mapper.constructType(type.getJavaType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored directory record could not be read", e);
        }
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        try {
            return mapper.writerFor(mapper.constructType(type.getJavaType())).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A directory record could not be written", e);
        }
    }
}
