package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the case list and the review queue, in Dutch; {@code messages/cases_en.properties} holds the English.
 * A bundle of their own: Quarkus generates a message bundle's lookup as one method, and {@link Msg} has reached the
 * size at which that method no longer verifies.
 */
@MessageBundle(value = "cases", locale = "nl")
public interface CasesMsg {

    @Message("Zoek op referentie of cliëntcode") String cases_search_label();
    @Message("Zoek op referentie") String cases_search_label_reference();
    @Message("Een referentie zoals GE-2026-000123, of een deel ervan. Een cliëntcode vindt alleen de casussen van uw eigen organisatie.")
    String cases_search_hint();
    @Message("Een referentie zoals GE-2026-000123, of een deel ervan.") String cases_search_hint_reference();
    @Message("Zoeken") String cases_search();
    @Message("Filters en volgorde") String cases_filters();
    @Message("Alle statussen") String cases_all_statuses();
    @Message("Alle prioriteiten") String cases_all_priorities();
    @Message("Volgorde") String cases_sort();
    @Message("{#when s}{#is 'deadline'}Eerst wat het snelst moet{#is 'received'}Eerst het nieuwste contact{#else}{s}{/when}")
    String sort_order(String s);
    @Message("Alleen te laat") String cases_only_overdue();
    @Message("Filteren") String cases_filter();
    @Message("Casussen {first}–{last} van {total}") String cases_shown(String first, String last, String total);
    @Message("{total} gevonden.") String cases_found(String total);
    @Message("Alle casussen tonen") String cases_show_all();
    @Message("Filters wissen") String cases_clear_filters();
    @Message("Geen casus gevonden met deze referentie of cliëntcode. Controleer de schrijfwijze; een cliëntcode vindt alleen casussen van uw eigen organisatie.")
    String cases_none_found();
    @Message("Geen casus gevonden met deze referentie. Controleer de schrijfwijze.") String cases_none_found_reference();
    @Message("Geen casussen met deze filters.") String cases_none_filtered();
    @Message("Paginering") String pager_label();
    @Message("Vorige") String pager_prev();
    @Message("Volgende") String pager_next();
    @Message("Pagina {page} van {pages}") String pager_at(String page, String pages);
    @Message("{n} te beoordelen, de vroegste deadline eerst.") String review_count(String n);
    @Message("Waarom te beoordelen") String review_why();
    @Message("Afgewezen door {msg:org(org)}") String review_declined(String org);
    @Message("Geen regel wees een leidende organisatie aan") String review_no_rule();
    @Message("De eerste {shown} van {total} staan hier.") String review_more(String shown, String total);
    @Message("Alle te beoordelen casussen") String review_all();
    @Message("Casus {ref} toewijzen") String reassign_title(String ref);
    @Message("De regels kozen eerst") String reassign_rules_chose();
    @Message("De hele casus bekijken") String reassign_open_case();
    @Message("Annuleren") String reassign_cancel();
}
