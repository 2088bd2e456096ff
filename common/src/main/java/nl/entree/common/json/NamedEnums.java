package nl.entree.common.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * An enum in a request is one of its names. Jackson would otherwise read {@code 5} or {@code "5"} as the sixth
 * constant, so {@code "region": 5} became VR06 and {@code "organisation": 0} CSG: a typo or a client's index chose a
 * region or an organisation without anyone noticing, instead of a 400 that names the field.
 */
@Singleton
public class NamedEnums implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
