package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of monitoring across regions: peak alerts on the routing board. In Dutch;
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
    @Message("geen") String no_event();
    @Message("Regio") String region_prefix();
}
