package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of monitoring across regions: the monitoring screen, and peak alerts there and on the routing board. In
 * Dutch;
 * {@code messages/mon_en.properties} holds the English.
 */
@MessageBundle(value = "mon", locale = "nl")
public interface MonitorMsg {

    @Message("Piekwaarschuwingen deze maand") String peaks_title();
    @Message("Een waarschuwing verschijnt zodra het aantal casussen tot nu toe deze maand boven de 95%-bovengrens van de prognose komt, naar rato van de dagen die voorbij zijn (vandaag telt mee). Onder 10 casussen komt er geen. Elk uur opnieuw bekeken. Een regio telt alle organisaties samen.")
    String peaks_intro();
    @Message("Geen pieken: alle organisaties en regio's blijven deze maand binnen hun prognose.") String peaks_none();
    @Message("Waar") String col_where();
    @Message("Tot nu toe") String col_so_far();
    @Message("Verwacht tot nu toe") String col_expected();
    @Message("Bovengrens tot nu toe") String col_bound();
    @Message("Boven de grens") String col_excess();
    @Message("Keer verwacht") String col_times();
    @Message("Gebeurtenis in de kalender") String col_event();
    @Message("Nu") String col_state();
    @Message("nog boven de grens") String state_active();
    @Message("weer binnen de grens") String state_cleared();
    /** Counts and bounds of the month before: this month has too few cases yet to judge the series. */
    @Message("boven de grens aan het eind van vorige maand; deze maand nog te weinig om te beoordelen")
    String state_carried_over();
    @Message("geen") String no_event();
    @Message("Regio") String region_prefix();

    @Message("Monitoring") String nav();
    @Message("Monitoring per regio") String title();
    @Message("Hoe het aantal casussen zich per veiligheidsregio ontwikkelt, over alle organisaties samen: de kaart, dezelfde cijfers als tabel met het verloop per maand, de piekwaarschuwingen van deze maand en de jaarpublicaties.")
    String intro();
    @Message("Groei per regio") String map_title();
    @Message("Casussen van de laatste twaalf volle maanden (tot en met {last}) tegen de twaalf maanden daarvoor (vanaf {first}), naar de regio die het contact noemde.")
    String map_intro(String first, String last);
    @Message("groei {label}") String growth_said(String label);
    @Message("Elke veiligheidsregio is één vak, ongeveer op haar plaats in het land, noord boven. De kleur is de groei; dezelfde cijfers staan in de tabel hieronder.")
    String map_caption();
    @Message("Legenda") String legend();
    @Message("daling van meer dan 10%") String tone_down();
    @Message("ongeveer gelijk (binnen 10%)") String tone_flat();
    @Message("stijging van 10 tot 25%") String tone_up();
    @Message("stijging van meer dan 25%") String tone_steep();
    @Message("onbekend of verborgen") String tone_unknown();
    @Message("dikke rand en !: nu een piekwaarschuwing") String tone_alert();
    @Message("Per regio, als tabel") String table_title();
    @Message("Laatste 12 maanden") String col_last_year();
    @Message("12 maanden daarvoor") String col_year_before();
    @Message("Groei") String col_growth();
    @Message("Verloop per maand") String col_trend();
    @Message("Piek nu") String col_peak();
    @Message("verborgen") String hidden();
    @Message("onbekend") String unknown();
    @Message("Voor ministeries is een jaar van een regio alleen bekend als elke maand ervan getoond mag worden: een maand onder de 10 (of een tweede die met zo'n maand verborgen wordt) verbergt het jaar, en de lijn heeft daar een onderbreking.")
    String hidden_rule();
    @Message("Jaarpublicaties") String publications_title();
    @Message("Per organisatie en per regio: contacten, groei, aandeel acuut, uren, fte en kosten, naast wat de organisaties zelf publiceerden. Om af te drukken of als CSV.")
    String publications_intro();
    @Message("Jaar {year}") String publication(Integer year);
    @Message("rapport") String publication_report();
    @Message("CSV") String publication_csv();
    @Message("CSV voor Nederlandse Excel") String publication_csv_dutch();
    @Message("Verwacht, komende 12 maanden") String col_expected_year();
    @Message("Prognose die optelt") String adding_up_title();
    @Message("De komende twaalf maanden: het landelijk totaal, de organisaties en de regio's zijn elk apart voorspeld en daarna op elkaar afgestemd ({method}), zodat de organisaties (met de casussen die nog geen organisatie leidt) en de regio's (met de contacten zonder regio) samen precies het landelijk totaal geven. Alleen het verwachte aantal; de bandbreedte staat bij elke reeks apart.")
    String adding_up_intro(String method);
    @Message("Landelijk") String col_national();
    @Message("Som van de organisaties") String col_sum_organisations();
    @Message("Som van de regio's") String col_sum_regions();
    @Message("Vóór het afstemmen weken het landelijk totaal en de som van de organisaties tot {gap} casussen per maand van elkaar af.")
    String adding_up_before(String gap);
    @Message("Nog geen prognose per regio: triage telt nog geen 24 maanden.") String adding_up_too_little();
    @Message("Regio") String projection_region();
    @Message("Heel Nederland") String whole_country();
    @Message("Nog geen tellingen per organisatie voor {region}: triage heeft er nog geen casussen met die regio.")
    String projection_region_none(String region);
}
