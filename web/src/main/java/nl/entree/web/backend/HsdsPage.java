package nl.entree.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of an HSDS list ({@code GET /services}, {@code GET /organizations}); pages are numbered from 1. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HsdsPage<T>(int total_items, int total_pages, int page_number, List<T> contents) {
}
