package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sociale kaart, how to reach an organisation, and the editor's correction screen, in Dutch;
 * {@code messages/kaart_en.properties} holds the English. A bundle of its own, so that {@link Msg} stays under Qute's
 * limit and each screen's words are found in one place.
 */
@MessageBundle(value = "kaart", locale = "nl")
public interface KaartMsg {

    @Message("Zo bereikt u {#if org}{msg:org(org)}{#else}de leidende organisatie{/if}") String reach_title(String org);
    @Message("Regionale dienst") String reach_regional();
    @Message("onbekend: de sociale kaart kent geen regionaal centrum voor {msg:region(region)}; hieronder staat wat landelijk bereikbaar is")
    String reach_no_regional(String region);
    @Message("onbekend: bij dit contact is geen veiligheidsregio ingevuld") String reach_no_region();
    @Message("De sociale kaart is nog niet gecontroleerd: controleer een nummer of openingstijd vóór u het doorgeeft.")
    String reach_check_note();
    @Message("De sociale kaart kent geen manier om deze organisatie te bereiken.") String reach_none();
    @Message("Kanaal") String reach_channel();
    @Message("Nu") String reach_now();
    @Message("Nu open") String reach_open();
    @Message("Binnen openingstijden, maar niet te bereiken: {#when channel}{#is 'CHAT'}chatadres{#is 'WALK_IN'}adres{#is 'PHONE'}telefoonnummer{#else}contactgegevens{/when} onbekend")
    String reach_open_no_way_in(String channel);
    @Message("sluit") String reach_closes();
    @Message("Nu gesloten") String reach_closed();
    @Message("opent weer") String reach_opens();
    @Message("volgende opening onbekend") String reach_next_unknown();
    @Message("Openingstijden") String reach_hours();
    @Message("Afwijkende tijden") String reach_other_hours();
    @Message("t/m") String reach_other_hours_until();
    @Message("gesloten") String reach_other_hours_closed();
    @Message("Telefoon") String reach_phone();
    @Message("Chat") String reach_chat();
    @Message("E-mail") String reach_email();
    @Message("Regio's") String reach_regions();
    @Message("Zekerheid") String reach_certainty();
    @Message("geverifieerd") String reach_verified();
    @Message("niet geverifieerd") String reach_unverified();
    @Message("controleer") String reach_check();
    @Message("Controleer vóór gebruik.") String reach_check_before_use();
    @Message("bron") String reach_source();
    @Message("bron centrum") String reach_centre_source();
    @Message("Toelichting") String reach_note();

    @Message("Let op, volgens de bron") String reach_phone_caution();

    @Message("tijden van dit nummer onbekend") String reach_phone_hours_unknown();

    @Message("Adres") String reach_address();

    @Message("niet zeker") String reach_region_uncertain();
    @Message("Sociale kaart") String kaart_title();
    @Message("Wie helpt waar, hoe bereikt u ze en zijn ze nu open. Zoek op regio, behoefte en kanaal; alles is optioneel.")
    String kaart_intro();
    @Message("Alle regio's") String kaart_all_regions();
    @Message("Behoefte") String kaart_need();
    @Message("Alle behoeften") String kaart_all_needs();
    @Message("Alle kanalen") String kaart_all_channels();
    @Message("Alleen wat nu open is") String kaart_open_now();
    @Message("Zoeken") String kaart_search();
    @Message("Resultaten") String kaart_results_title();
    @Message("{n} {#if n == 1}resultaat{#else}resultaten{/if}") String kaart_results(int n);
    @Message("Niets gevonden. Kies minder filters, bijvoorbeeld zonder \"Alleen wat nu open is\".") String kaart_none();
    @Message("Corrigeren") String correct_link();
    @Message("Centrum corrigeren") String correct_title();
    @Message("Correctie opgeslagen. De oude waarden staan in de geschiedenis hieronder.") String correct_done();
    @Message("Leg alleen vast wat u bij de bron zelf zag of hoorde (de eigen website van de organisatie, een telefoontje). Bron en datum zijn verplicht; de oude waarden blijven in de geschiedenis.")
    String correct_intro();
    @Message("Bron nu") String correct_source_now();
    @Message("Gecontroleerd op") String correct_checked_now();
    @Message("Eigen telefoonnummers van dit centrum") String correct_phones();
    @Message("Laat leeg als het centrum geen eigen nummer heeft: dan gelden de nummers van de dienst (bijvoorbeeld de landelijke lijn). Een rij leegmaken verwijdert het nummer.")
    String correct_phones_hint();
    @Message("Telefoonnummer {n}") String correct_phone_number(int n);
    @Message("Waarvoor (nummer {n})") String correct_phone_description(int n);
    @Message("Openingstijden per week") String correct_hours();
    @Message("Tijden als UU:MM. Dag en nacht open: elke dag, 00:00 tot 24:00. Een sluitingstijd vóór de openingstijd loopt door na middernacht. Geen regels: de tijden van de dienst gelden. Feestdagen en sluitingen staan onder afwijkende dagen.")
    String correct_hours_hint();
    @Message("Dienst corrigeren") String correct_service_title();
    @Message("Telefoonnummers van deze dienst") String correct_service_phones();
    @Message("Deze nummers gelden overal waar een centrum geen eigen nummer heeft. Een rij leegmaken verwijdert het nummer.")
    String correct_service_phones_hint();
    @Message("Tijden als UU:MM. Dag en nacht open: elke dag, 00:00 tot 24:00. Een sluitingstijd vóór de openingstijd loopt door na middernacht. Geen regels: de tijden zijn onbekend. Feestdagen en sluitingen staan onder afwijkende dagen.")
    String correct_service_hours_hint();
    @Message("heel Nederland") String correct_whole_country();
    @Message("Afwijkende dagen") String correct_exceptions();
    @Message("Dagen waarop andere tijden gelden dan elke week, zoals feestdagen of een sluiting. Tijden als UU:MM, tot middernacht is 24:00; laat beide leeg als het dan gesloten is. Zonder laatste dag geldt het één dag. Voorbije afwijkingen blijven bewaard, maar staan hier niet.")
    String correct_exceptions_hint();
    @Message("Eerste dag (afwijking {n})") String correct_exception_from(int n);
    @Message("Laatste dag (afwijking {n})") String correct_exception_to(int n);
    @Message("Open vanaf (afwijking {n})") String correct_exception_opens(int n);
    @Message("Open tot (afwijking {n})") String correct_exception_closes(int n);
    @Message("Waarom (afwijking {n})") String correct_exception_description(int n);
    @Message("Dagen (regel {n})") String correct_days(int n);
    @Message("Open vanaf (regel {n})") String correct_opens(int n);
    @Message("Open tot (regel {n})") String correct_closes(int n);
    @Message("Waar heeft u dit gecontroleerd?") String correct_provenance();
    @Message("Bron *") String correct_source();
    @Message("Een webadres, of bij een gesprek de organisatie, de functie en hoe (geen namen).") String correct_source_hint();
    @Message("Gecontroleerd op *") String correct_verified_on();
    @Message("Ik heb deze gegevens bij de bron gezien of gehoord") String correct_verified();
    @Message("Toelichting (optioneel)") String correct_note();
    @Message("Geen namen. Is de bron een gesprek, dan leest alleen de redactie deze toelichting.") String correct_note_hint();
    @Message("Correctie opslaan") String correct_save();
    @Message("Wijziging") String correct_field();
    @Message("Was") String correct_before();
    @Message("Werd") String correct_after();
    @Message("Nog geen wijzigingen.") String correct_no_history();
    @Message("{#when s}{#is 'active'}In gebruik{#is 'temporarily closed'}Tijdelijk gesloten{#is 'inactive'}Niet actief{#is 'defunct'}Opgeheven{#else}{s}{/when}")
    String service_status(String s);
    @Message("Status") String correct_status();
    @Message("Alleen een dienst die in gebruik is, staat op de sociale kaart en op de publieke ingang. Een sluiting met een einddatum, zoals een feestdag, is een afwijkende dag: die zet u hieronder.")
    String correct_status_hint();
    @Message("Alle diensten") String services_title();
    @Message("Elke manier om een organisatie te bereiken (een landelijke lijn, een chat, een inloop), ook die niet in gebruik zijn. Een dienst die niet in gebruik is, staat niet op de sociale kaart; hier vindt u hem terug om hem te corrigeren of weer in gebruik te nemen.")
    String services_intro();
    @Message("Niet in gebruik") String services_not_active();
    @Message("Alle diensten zijn in gebruik.") String services_all_active();
    @Message("In gebruik") String services_active();
    @Message("Dienst") String services_service();
    @Message("Organisatie") String services_organisation();
    @Message("Alle diensten, ook die niet in gebruik zijn") String services_link();
}
