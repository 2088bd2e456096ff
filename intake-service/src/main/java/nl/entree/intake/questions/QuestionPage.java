package nl.entree.intake.questions;

import java.util.List;

/** One page of questions, the ones to answer first on top. */
public record QuestionPage(List<QuestionView> items, int page, int size, long total) {
}
