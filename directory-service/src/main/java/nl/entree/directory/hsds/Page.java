package nl.entree.directory.hsds;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The HSDS 3.1 API page object around a list. Pages count from 1. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Page<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
        boolean empty, List<T> contents) {

    public static <T> Page<T> of(List<T> contents, long totalItems, int pageNumber, int perPage) {
        int totalPages = (int) Math.max(1, (totalItems + perPage - 1) / perPage);
        return new Page<>(totalItems, totalPages, pageNumber, contents.size(), pageNumber == 1,
                pageNumber >= totalPages, contents.isEmpty(), contents);
    }
}
