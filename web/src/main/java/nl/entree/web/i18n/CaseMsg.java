package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.entree.web.cases.AskedTime;

/**
 * The texts of the case list, the case page and the review queue ({@code {cases:…}}), in Dutch;
 * {@code messages/cases_en.properties} holds the English.
 * A bundle of its own because {@link Msg} is at 300 messages: above that Quarkus 3.33 splits a bundle's generated
 * resolver, and the split class fails bytecode verification at start-up (VerifyError in {@code Msg_Bundle.resolve_0}).
 */
@MessageBundle(value = "cases", locale = "nl")
public interface CaseMsg {

    @Message("Bestede tijd *") String f_time();
    @Message("In uren of minuten, zoals 1,5 of 1:30 of 45 min.") String f_time_hint();
    @Message("Bedoelt u {t.hours}:{t.fraction}, dat is {t.asClock} minuten, of {t.hours},{t.fraction} uur, dat is {t.asHours} minuten? Schrijf dan {t.hours}:{t.fraction} of {t.asHours} min") String time_asked(AskedTime t);
    @Message("Wat u nu kunt doen") String case_actions();
    @Message("Kanaal") String case_channel();
    @Message("de vraag lezen en beantwoorden") String case_to_question();
    @Message("Wie neemt contact op") String case_caller();
    @Message("Soort incident") String case_incidents();
    @Message("Direct gevaar") String case_danger();
    @Message("Anoniem") String case_anonymous();
    @Message("Toestemming om gegevens te delen") String case_consent();
    @Message("Samenvatting") String case_summary();
    @Message("{#if h > 0}{h} u{/if}{#if h > 0 && m > 0} {/if}{#if m > 0 || h == 0}{m} min{/if}") String duration(int h, int m);
    @Message("Mijlpalen") String milestones_title();
    @Message("Wat na de routering moet gebeuren en wanneer, volgens mijlpalenplan {version}. Een termijn die nog niet loopt, begint pas als de gebeurtenis waar hij van afhangt er is.") String milestones_intro(int version);
    @Message("Deze casus heeft geen mijlpalen: het plan noemt er geen voor dit soort casus, of de casus is van vóór de mijlpalenplannen.") String milestones_none();
    @Message("Mijlpaal") String milestone_name();
    @Message("Termijn") String milestone_term();
    @Message("Uiterlijk") String milestone_due();
    @Message("Stand") String milestone_state();
    @Message("{#when s}{#is 'WAITING'}Wacht op de start{#is 'OPEN'}Open{#is 'AT_RISK'}Bijna te laat{#is 'OVERDUE'}Te laat{#is 'DONE'}Gedaan{#is 'NOT_DONE'}Niet gedaan{#else}{s}{/when}") String milestone_state_name(String s);
    @Message("{#when b}{#is 'STATUTORY'}wettelijke termijn{#is 'LETTER'}termijn uit de Kamerbrief{#is 'ASSUMPTION'}aanname, instelbaar{#else}{b}{/when}") String milestone_basis(String b);
    @Message("{#when from}{#is 'REPORT'}na de melding{#is 'RESPOND_BY'}bij de reactietermijn{#is 'ACCEPTANCE'}na de acceptatie{#is 'MILESTONE'}na ‘{after}’{#else}{from}{/when}") String milestone_from(String from, String after);
    @Message("gedaan op {date}") String milestone_done_on(String date);
    /**
     * A milestone by its code: the Dutch page prints the plan's own name, the English page its English name where the
     * code is known (the plan is data, so a new code falls back to the plan's Dutch name).
     */
    @Message("{#when code}{#else}{name}{/when}") String milestone_title(String code, String name);
    /** Where a milestone's term comes from, as {@link #milestone_title}: the plan's own words on the Dutch page. */
    @Message("{#when code}{#else}{source}{/when}") String milestone_source(String code, String source);
    @Message("nog niet bekend") String milestone_due_unknown();
    @Message("Mijlpaal vastleggen") String milestone_record();
    @Message("Welke mijlpaal") String milestone_which();
    @Message("Gedaan op *") String milestone_done_on_label();
    @Message("Vastleggen") String milestone_record_submit();
    @Message("Volgende termijn") String next_deadline();
    @Message("Geëscaleerd naar de coördinatoren op {time}: niet geaccepteerd binnen de reactietermijn. U kunt de casus nog steeds accepteren.") String escalated_notice(String time);
    @Message("Mijlpalen per organisatie") String milestone_loads_title();
    @Message("Per organisatie de mijlpalen die zij vastlegt: open, bijna te laat en te laat op casussen die niet gesloten zijn; gedaan in de afgelopen 7 dagen bij de organisatie die de mijlpaal vastlegde. Bijna te laat: binnen de waarschuwingstijd vóór de termijn.") String milestone_loads_intro();
    @Message("Open") String col_open();
    @Message("Bijna te laat") String col_at_risk();
    @Message("Te laat") String col_late();
    @Message("Gedaan, 7 dagen") String col_done7();
    @Message("Openstaand werk per regionale dienst") String regional_loads_title();
    @Message("De open casussen (aangeboden of geaccepteerd) per centrum of organisatie in de regio dat ze leidt. "
            + "Casussen waarvan die dienst nog niet bekend is, staan per organisatie op een eigen regel.")
    String regional_loads_intro();
    @Message("Er zijn geen open casussen.") String regional_loads_none();
    @Message("Regionale dienst") String col_regional_service();
    @Message("{#when state}{#is 'NOT_IN_DIRECTORY'}niet in de sociale kaart{#is 'NOT_APPLICABLE'}geen regio bekend"
            + "{#is 'RESOLVED'}naam niet bekend{#else}nog niet bepaald{/when}")
    String regional_unnamed(String state);
    @Message("Geëscaleerd: niet geaccepteerd binnen de reactietermijn") String escalated_title();
    @Message("Er wacht geen geëscaleerd aanbod.") String escalated_none();
    @Message("Geëscaleerd op") String col_escalated_at();
    @Message("Ondersteunende organisaties") String supporters_title();
    @Message("Geen andere organisatie ondersteunt deze casus.") String supporters_none();
    @Message("gevraagd op {time}, nog niet bevestigd") String supporter_asked(String time);
    @Message("rol bevestigd op {time}") String supporter_acknowledged(String time);
    @Message("Uw organisatie is gevraagd {lead} te ondersteunen. Bevestig dat u uw deel oppakt; daarna kunt u uren schrijven en uw mijlpalen vastleggen.") String supporter_acknowledge_hint(String lead);
    @Message("Onze rol bevestigen") String supporter_acknowledge();
    @Message("Ondersteuner toevoegen") String supporter_add();
    @Message("Organisatie *") String supporter_which();
    @Message("Kies een organisatie") String supporter_choose();
    @Message("Waarom ondersteunt zij? *") String supporter_reason();
    @Message("Toevoegen") String supporter_add_submit();
    @Message("Waarom stopt de ondersteuning door {org}? *") String supporter_remove_reason(String org);
    @Message("{org} verwijderen als ondersteuner") String supporter_remove(String org);
    @Message("{lead} blijft als ondersteuner bij de casus") String keep_previous_lead(String lead);
    @Message("{#when e}{#is 'ESCALATED'}Geëscaleerd naar de coördinatoren{#is 'SUPPORTER_ADDED'}Ondersteuner toegevoegd: {org}{#is 'SUPPORTER_REMOVED'}Ondersteuner verwijderd: {org}{#is 'SUPPORT_ACKNOWLEDGED'}Rol bevestigd door {org}{#is 'REFERRAL_TAKEN_OVER'}Doorverwijzing overgenomen van {org}{#else}{e}{/when}") String history_event(String e, String org);
    @Message("Per onderdeel van het besluit: {count} casussen zouden anders uitkomen") String replay_fields_title(String count);
    @Message("Onderdeel") String replay_field();
    @Message("Voorbeelden (toen → nu)") String replay_examples();
    @Message("{#when f}{#is 'leadOrganisation'}Hoofdorganisatie{#is 'caseType'}Soort casus{#is 'priority'}Prioriteit{#is 'respondBy'}Reageren vóór{#is 'supportingOrganisations'}Ondersteunende organisaties{#is 'milestones'}Mijlpalen{#else}{f}{/when}") String replay_field_name(String f);
    @Message("Dit rapport is bewaard. Een regelset wordt pas actief nadat hij zo is doorgerekend.") String replay_kept();
    @Message("Doorverwijzingen") String referrals_title();
    @Message("Nog niet doorverwezen naar hulp buiten de zes organisaties.") String referrals_none();
    @Message("Hulp") String referral_kind();
    @Message("Gevraagd op") String referral_asked();
    @Message("Stand") String referral_state();
    @Message("Wachttijd") String referral_wait();
    @Message("{#when k}{#is 'GGZ'}GGZ (geestelijke gezondheidszorg){#is 'GP'}Huisarts{#is 'POLICE_REPORT'}Aangifte bij de politie{#is 'PERSPECTIEF_HERSTELBEMIDDELING'}Perspectief Herstelbemiddeling{#is 'WMO'}Wmo-ondersteuning van de gemeente{#is 'OTHER'}Andere hulp{#else}{k}{/when}") String referral_kind_name(String k);
    @Message("{#when s}{#is 'ASKED'}Gevraagd{#is 'ACCEPTED'}Geaccepteerd door de hulpverlener{#is 'STARTED'}Hulp gestart{#is 'FAILED'}Niet gelukt{#else}{s}{/when}") String referral_state_name(String s);
    @Message("{#when s}{#is 'ACCEPTED'}Geaccepteerd door de hulpverlener{#is 'STARTED'}Hulp gestart{#is 'FAILED'}Niet gelukt{#else}{s}{/when}") String referral_step_name(String s);
    @Message("{#when r}{#is 'PERSON_DECLINED'}De persoon wilde niet verder{#is 'PERSON_NOT_REACHED'}De persoon was niet bereikbaar{#is 'NOT_ELIGIBLE'}Valt buiten het aanbod{#is 'NO_CAPACITY'}Geen plek en geen wachtlijst{#is 'NOT_AVAILABLE_IN_REGION'}Niet aangeboden in de regio{#is 'OTHER'}Andere reden{#else}{r}{/when}") String failure_reason_name(String r);
    @Message("geaccepteerd op {date}") String referral_accepted_on(String date);
    @Message("gestart op {date}") String referral_started_on(String date);
    @Message("niet gelukt op {date}: {reason}") String referral_failed_on(String date, String reason);
    @Message("{n} {#if n == 1}dag{#else}dagen{/if}") String days(int n);
    @Message("Volgende stap") String referral_next_step();
    @Message("Op *") String referral_on();
    @Message("Reden, als het niet lukte") String referral_failure_reason();
    @Message("Geen reden (alleen bij niet gelukt)") String referral_no_reason();
    @Message("Stap opslaan") String referral_save_step();
    @Message("Doorverwijzen") String referral_add();
    @Message("Naar welke hulp *") String referral_kind_label();
    @Message("Kies de hulp") String referral_choose();
    @Message("Gevraagd op *") String referral_asked_label();
    @Message("Doorverwijzing vastleggen") String referral_add_submit();
    @Message("Wachttijden doorverwijzingen, laatste 90 dagen") String waiting_times_title();
    @Message("Van gevraagd tot gestart, over de doorverwijzingen die in deze periode begonnen. P80: vier op de vijf begonnen binnen die tijd.") String waiting_times_intro();
    @Message("Geen doorverwijzing begon in deze periode.") String waiting_times_none();
    @Message("Gestart") String col_started();
    @Message("Mediaan (dagen)") String col_median_days();
    @Message("P80 (dagen)") String col_p80_days();
    @Message("Meer dan 10 weken") String col_over_ten_weeks();
    @Message("Wacht nog") String col_still_waiting();
    @Message("alle regio's") String all_regions();
    @Message("Al eerder verteld") String same_person_title();
    @Message("Al bekend bij {org} (hoofdorganisatie) sinds {date}") String known_at(String org, String date);
    @Message("Wat de persoon {org} al vertelde, zodat u het niet opnieuw hoeft te vragen") String handover_summary(String org);
    @Message("Deze persoon heeft {count} {#if count == 1}casus{#else}casussen{/if} bij andere organisaties. Zonder toestemming om te delen wordt de inhoud niet getoond.") String same_person_unshared(int count);
    @Message("Tweede intakes per maand") String duplicates_title();
    @Message("Contacten van iemand die al een casus had, gevonden via de cliëntcode: een ondergrens, want niet elk contact heeft een cliëntcode.") String duplicates_intro();
    @Message("Maand") String col_month();
    @Message("Casussen") String col_cases();
    @Message("Al bekend") String col_linked();
    @Message("Waarom nu? Aanleiding van contacten") String prompts_title();
    @Message("Waarom mensen juist nu contact opnamen, zoals zij het zelf zeiden, per maand. Een coördinator van een regio ziet alleen die regio. Het aandeel media is van alle contacten, ook die waarbij het niet gevraagd is: een ondergrens.")
    String prompts_intro();
    @Message("Contacten") String col_contacts();
    @Message("Door media") String col_media();
    @Message("Aandeel media") String col_media_share();
    @Message("Niet gevraagd") String col_not_asked();
    @Message("Corrigeren") String milestone_correct();
    @Message("Waarom klopte de dag niet? *") String milestone_correct_reason();
    @Message("Correctie opslaan") String milestone_correct_submit();
    @Message("Mijlpaal ‘{name}’ gecorrigeerd; de dag was {was}") String milestone_corrected(String name, String was);
    @Message("prioriteit {from} → {to}") String history_priority(String from, String to);
    @Message("reageren vóór {from} → {to}") String history_respond_by(String from, String to);
    @Message("Geschreven uren") String hours_title();
    @Message("Nog geen uren geschreven op deze casus.") String hours_none();
    @Message("Schrijf ze hieronder bij Uren schrijven.") String hours_none_next();
    @Message("Totaal") String hours_total();
    @Message("Datum") String hours_date();
    @Message("Activiteit") String hours_activity();
    @Message("Tijd") String hours_time();
    @Message("Geregistreerd") String hours_registered();
    @Message("vervangen door een correctie") String hours_replaced();
    @Message("correctie") String hours_correction();
    @Message("Corrigeren") String hours_correct();
    @Message("de uren van {date}") String hours_correct_which(String date);
    @Message("Uren corrigeren") String hours_correct_title();
    @Message("De oorspronkelijke registratie blijft bewaard. De correctie komt ervoor in de plaats en telt mee in de totalen. Zijn de uren op de verkeerde casus geschreven? Vul dan 0 in.")
    String hours_correct_intro();
    @Message("Nu geregistreerd") String hours_correct_now();
    @Message("Correctie opslaan") String hours_correct_save();
    @Message("Annuleren") String cancel();
    @Message("Weet u zeker dat u casus {ref} wilt afwijzen?") String confirm_decline_title(String ref);
    @Message("De casus gaat terug naar de coördinatoren, die hem aan een andere organisatie toewijzen. Uw organisatie ziet de casus daarna niet meer.")
    String confirm_decline_text();
    @Message("Ja, afwijzen") String confirm_decline_yes();
    @Message("Weet u zeker dat u casus {ref} wilt afsluiten?") String confirm_close_title(String ref);
    @Message("Een afgesloten casus gaat niet meer open: accepteren en afwijzen kan daarna niet meer.") String confirm_close_text();
    @Message("Ja, afsluiten") String confirm_close_yes();
    @Message("Uw reden") String confirm_reason();
    @Message("De uitkomst") String confirm_outcome();
    @Message("Contact met de persoon") String person_title();
    @Message("De persoon gaf toestemming om deze gegevens te delen met de organisatie die helpt. Dat u ze inziet, wordt vastgelegd.")
    String person_intro();
    @Message("De contactgegevens zijn na de bewaartermijn verwijderd.") String person_erased();
    @Message("Er zijn geen contactgegevens vastgelegd.") String person_none();
    @Message("De contactgegevens zijn opgeslagen, maar onleesbaar geworden. Opnieuw proberen helpt niet. Meld dit bij de beheerder met referentie {reference}.")
    String person_unreadable(String reference);

    // --- the case list and the review queue ---

    @Message("Zoeken op") String cases_search_by();
    @Message("{#when v}{#is 'reference'}Referentie{#is 'clientCode'}Cliëntcode{#else}{v}{/when}")
    String search_by(String v);
    @Message("Referentie of cliëntcode") String cases_search_label();
    @Message("Zoek op referentie") String cases_search_label_reference();
    @Message("Een referentie zoals GE-2026-000123, of een deel ervan vanaf GE- of het jaar, zoals 2026-000123. Een cliëntcode vindt alleen de casussen van uw eigen organisatie. Bracht de cliënt de code mee van een andere organisatie, kies die dan bij ‘Code gegeven door’.")
    String cases_search_hint();
    @Message("Code gegeven door") String cases_search_issuer();
    @Message("Een referentie zoals GE-2026-000123, of een deel ervan vanaf GE- of het jaar, zoals 2026-000123.")
    String cases_search_hint_reference();
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
    @Message("{total} gevonden; hier de eerste {shown}. Maak de zoekterm preciezer om de rest te vinden.")
    String cases_found_first(String shown, String total);
    @Message("Naar pagina 1") String cases_first_page();
    @Message("Alle casussen tonen") String cases_show_all();
    @Message("Filters wissen") String cases_clear_filters();
    @Message("Geen casus gevonden met deze cliëntcode. Controleer de schrijfwijze; een cliëntcode vindt alleen casussen van uw eigen organisatie. Zoekt u een referentie, kies dan ‘Referentie’.")
    String cases_none_found();
    @Message("Contactgegevens onleesbaar: meld dit bij de beheerder met referentie {reference}.")
    String cases_details_unreadable(String reference);
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
    @Message("Alle casussen over hun termijn") String overdue_all();
    @Message("Casus {ref} toewijzen") String reassign_title(String ref);
    @Message("De regels kozen eerst") String reassign_rules_chose();
    @Message("De hele casus bekijken") String reassign_open_case();
    /** From the case itself: a case late at a lead it was reassigned to is on no board list that links here. */
    @Message("Aan een andere organisatie toewijzen") String reassign_elsewhere();
    @Message("Annuleren") String reassign_cancel();
}
