package nl.entree.common.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * No text in a request may hold a NUL character (U+0000). JSON allows it, but PostgreSQL stores it neither in
 * {@code text} nor in {@code jsonb}: the insert failed and a note, a reason or a name became a server error instead of
 * a 400 that names the field. Refused here, once for every string of every body, with the field's path.
 */
@Singleton
public class NoNulCharacters implements ObjectMapperCustomizer {

    public static final String NUL = "must not contain a NUL character";

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("entree-no-nul-characters");
        module.addDeserializer(String.class, new Texts());
        mapper.registerModule(module);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    static final class Texts extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            return text == null || text.indexOf(0) < 0 ? text
                    : (String) ctxt.handleWeirdStringValue(String.class, "", NUL);
        }
    }
}
