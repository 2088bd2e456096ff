package nl.entree.intake.contacts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;

/** Small enum sets stored as sorted comma-separated names: readable in SQL and stable for comparison. */
public final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> String join(Set<E> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        }
        return set;
    }

    @Converter
    public static class IncidentTypes implements AttributeConverter<Set<IncidentType>, String> {
        @Override
        public String convertToDatabaseColumn(Set<IncidentType> attribute) {
            return join(attribute);
        }

        @Override
        public Set<IncidentType> convertToEntityAttribute(String dbData) {
            return split(dbData, IncidentType.class);
        }
    }

    @Converter
    public static class Needs implements AttributeConverter<Set<Need>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Need> attribute) {
            return join(attribute);
        }

        @Override
        public Set<Need> convertToEntityAttribute(String dbData) {
            return split(dbData, Need.class);
        }
    }

    @Converter
    public static class Organisations implements AttributeConverter<Set<Organisation>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Organisation> attribute) {
            return join(attribute);
        }

        @Override
        public Set<Organisation> convertToEntityAttribute(String dbData) {
            return split(dbData, Organisation.class);
        }
    }
}
