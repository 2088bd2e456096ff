package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the questions from the public front door ({@code {questions:…}}), in Dutch;
 * {@code messages/questions_en.properties} holds the English. A bundle of its own for the reason {@link CaseMsg} gives.
 */
@MessageBundle(value = "questions", locale = "nl")
public interface QuestionMsg {

    @Message("Vragen") String nav();
    @Message("Vragen via de website") String title();
    @Message("Anonieme vragen die mensen op de publieke website stelden en die de routering aan uw organisatie gaf.")
    String intro();
    @Message("Wat het snelst antwoord nodig heeft, staat bovenaan.") String order_open();
    @Message("Het laatst gegeven antwoord staat bovenaan.") String order_answered();
    @Message("Welke vragen") String tabs_label();
    @Message("Open") String tab_open();
    @Message("Beantwoord") String tab_answered();
    @Message("Vragen {first}–{last} van {total}") String shown(String first, String last, String total);
    @Message("Geen open vragen. Een nieuwe vraag staat hier zodra de routering hem aan uw organisatie geeft.")
    String none_open();
    @Message("Nog geen beantwoorde vragen.") String none_answered();
    @Message("Op deze pagina staan geen vragen.") String none_on_page();
    @Message("Naar de eerste pagina") String first_page();
    @Message("Gesteld op") String col_asked();
    @Message("Wie vraagt") String col_who();
    @Message("Hoe lang geleden") String col_time_since();
    @Message("Beantwoord op") String col_answered();
    @Message("Beantwoord door") String col_answered_by();
    @Message("Onleesbaar: deze vraag is opgeslagen, maar de tekst kan niet meer gelezen worden. Opnieuw proberen helpt niet. Meld dit bij de beheerder met referentie {reference}.")
    String list_unreadable(String reference);

    @Message("Vraag {ref}") String question_title(String ref);
    @Message("Alle vragen") String back_to_list();
    @Message("De vraag") String the_question();
    @Message("Het antwoord") String the_answer();
    @Message("Uw antwoord is verstuurd. De persoon leest het met de code die bij de vraag hoort.") String sent();
    @Message("Beantwoorden") String form_title();
    @Message("De persoon is anoniem. U bereikt hem of haar alleen met dit antwoord: er is geen naam, telefoonnummer of e-mailadres, en terugvragen kan niet.")
    String guide_anonymous();
    @Message("Uw antwoord is definitief. U kunt het daarna niet wijzigen of aanvullen, want de persoon kan het al gelezen hebben.")
    String guide_final();
    @Message("Schrijf eenvoudig: korte zinnen, gewone woorden. Spreek de persoon aan met ‘je’, zoals de website doet.")
    String guide_plain();
    @Message("De persoon leest uw antwoord misschien pas na een paar dagen. Is er iets dringends? Verwijs dan naar 112 bij direct gevaar, en naar een telefoonnummer van uw organisatie voor wat niet kan wachten.")
    String guide_urgent();
    @Message("Schrijf geen namen op, ook niet die van uzelf of een collega: iedereen met de code kan het antwoord lezen.")
    String guide_names();
    @Message("Uw antwoord *") String answer_label();
    @Message("Hoogstens 4000 tekens, gewone tekst.") String answer_hint();
    @Message("Antwoord definitief versturen") String send();
    @Message("Deze vraag is al beantwoord, waarschijnlijk door een collega. Een antwoord is definitief, omdat de persoon het al gelezen kan hebben. Uw tekst is daarom niet verstuurd.")
    String conflict();
    @Message("Uw tekst (niet verstuurd)") String not_sent();
    @Message("Deze vraag is opgeslagen, maar de tekst is onleesbaar geworden. Daarom kan deze pagina de vraag niet tonen en kunt u hem niet beantwoorden. Opnieuw proberen helpt niet. Meld dit bij de beheerder met kenmerk {id}.")
    String unreadable(String id);
    @Message("Uw antwoord is niet verstuurd. Deze vraag is opgeslagen, maar de tekst is onleesbaar geworden; een antwoord erop kan daarom niet worden bewaard. Opnieuw proberen helpt niet. Meld dit bij de beheerder met kenmerk {id}.")
    String answer_unreadable(String id);
    @Message("Uw antwoord is NIET verstuurd: de registratiedienst (intake) is niet bereikbaar. Uw tekst staat er nog; probeer het over een paar minuten opnieuw.")
    String unavailable();
}
