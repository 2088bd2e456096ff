package nl.entree.web.questions;

import java.time.Instant;
import java.util.List;

import nl.entree.web.backend.QuestionsClient.QuestionPage;
import nl.entree.web.backend.QuestionsClient.QuestionView;

/** One page of questions with where it lies in the whole ("Vragen 51–100 van 120"), as the case list shows it. */
public record QuestionListing(List<Row> rows, long total, long first, long last, int pageCount) {

    /** A question in the list; whether it is overdue is decided here, against web's clock, not in the template. */
    public record Row(QuestionView q, boolean overdue) {
    }

    static QuestionListing of(QuestionPage page, int pageNumber, int pageSize, Instant now) {
        List<QuestionView> items = page.items() == null ? List.of() : page.items();
        List<Row> rows = items.stream().map(q -> new Row(q, q.overdueAt(now))).toList();
        long first = (long) (pageNumber - 1) * pageSize + 1;
        return new QuestionListing(rows, page.total(), first, first + rows.size() - 1,
                (int) Math.max(1, (page.total() + pageSize - 1) / pageSize));
    }
}
