package nl.entree.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** intake's {@code GET /api/contacts/stats/prompts}: per month, contacts by what prompted them. Null: suppressed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PromptCounts(List<Month> months) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Month(String month, Long total, List<Part> prompts, Double mediaShare) {

        /** The count of one prompt ({@code null}: not asked); null when it is suppressed. */
        public Long count(String prompt) {
            return prompts.stream().filter(p -> prompt == null ? p.prompt() == null : prompt.equals(p.prompt()))
                    .findFirst().map(Part::count).orElse(null);
        }

        public Long media() {
            return count("MEDIA");
        }

        public Long notAsked() {
            return count(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String prompt, Long count, boolean suppressed) {
    }
}
