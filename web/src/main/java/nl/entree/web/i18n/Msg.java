package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of every page, in Dutch; {@code messages/msg_en.properties} holds the English. */
@MessageBundle(value = "msg", locale = "nl")
public interface Msg {

    // --- frame ---
    @Message("Entree") String app_name();
    @Message("Gezamenlijke entree seksueel geweld") String app_tagline();
    @Message("Naar de inhoud") String skip();
    @Message("Hoofdmenu") String nav_label();
    @Message("Nieuw contact") String nav_new_contact();
    @Message("Casussen") String nav_cases();
    @Message("Routeringsbord") String nav_board();
    @Message("Capaciteit") String nav_capacity();
    @Message("Projecties") String nav_projections();
    @Message("Sociale kaart") String nav_directory();
    @Message("Afmelden") String sign_out();
    @Message("English") String other_language();
    @Message("en") String other_language_tag();
    @Message("Switch to English") String other_language_label();
    @Message("Aangemeld als {msg:role(role)}{#if org} bij {org}{/if}{#if region}, regio {region}{/if}")
    String signed_in_as(String role, String org, String region);
    @Message("Bezig…") String busy();
    @Message("Terug naar de startpagina") String back_home();

    // --- sign-in ---
    @Message("Aanmelden") String signin_title();
    @Message("Ontwikkelomgeving: kies een rol en een organisatie. In productie meldt u zich aan bij de identiteitsprovider van uw organisatie en bestaat dit scherm niet.")
    String signin_dev_intro();
    @Message("Aanmelden gaat via de identiteitsprovider van uw organisatie. Vraag uw beheerder om toegang.")
    String signin_unavailable();
    @Message("Rol") String signin_role();
    @Message("Organisatie") String signin_org();
    @Message("Verplicht voor casemanagers.") String signin_org_hint();
    @Message("Veiligheidsregio (optioneel)") String signin_region();
    @Message("Kies een organisatie: een casemanager werkt voor één organisatie.") String signin_org_required();
    @Message("Geen") String none();

    // --- errors ---
    @Message("{msg:service(service)} is nu niet bereikbaar. Dit deel van de pagina kan daarom niet worden getoond; de rest van de pagina werkt gewoon. Probeer het over een paar minuten opnieuw.")
    String panel_unavailable(String service);
    @Message("Uw rol geeft geen toegang tot deze gegevens.") String panel_forbidden();
    @Message("Niet gevonden, of niet zichtbaar voor uw organisatie.") String panel_not_found();
    @Message("Deze vraag kan zo niet worden beantwoord. Pas de keuzes aan.") String panel_refused();
    @Message("{#when s}{#is 'intake'}De registratiedienst (intake){#is 'triage'}De routeringsdienst (triage){#is 'capacity'}De capaciteitsdienst{#is 'forecast'}De prognosedienst{#is 'directory'}De sociale kaart (directory){#else}Een dienst{/when}")
    String service(String s);
    @Message("Geen toegang") String forbidden_title();
    @Message("Even niet beschikbaar") String unavailable_title();
    @Message("{msg:service(service)} is nu niet bereikbaar, en deze pagina komt daar vandaan. Probeer het over een paar minuten opnieuw.")
    String unavailable_text(String service);
    @Message("Uw rol geeft geen toegang tot deze pagina.") String forbidden_text();
    @Message("Formulier verlopen") String csrf_title();
    @Message("Dit formulier is verlopen of niet vanuit Entree verstuurd. Laad de pagina opnieuw en probeer het nog eens.")
    String csrf_text();
    @Message("Niet gevonden") String not_found_title();
    @Message("Dit bestaat niet, of het is niet zichtbaar voor uw organisatie.") String not_found_text();
    @Message("Deze pagina opent zo niet") String not_allowed_title();
    @Message("Dit adres hoort bij een formulier en opent niet als link of na herladen. Er is niets verstuurd. Open het formulier opnieuw via het menu.")
    String not_allowed_text();
    @Message("Niet te lezen") String unreadable_title();
    @Message("Een waarde die u invulde, is niet te lezen. Er is niets verstuurd. Ga terug en controleer het formulier.")
    String unreadable_text();
    @Message("Er ging iets mis: {detail}") String action_failed(String detail);
    @Message("Controleer de gemarkeerde velden.") String check_fields();
    @Message("Fout:") String error_prefix();
    @Message("Er is een probleem") String error_summary_title();
    @Message("{#when f}{#is 'channel'}Kies het kanaal{#is 'callerRole'}Kies wie contact opneemt{#is 'incidentTypes'}Kies minstens één soort incident{#is 'setting'}Kies waar het gebeurde uit de lijst{#is 'incidentDate'}Kies ‘Op een bekende datum’ en vul een datum in die niet in de toekomst ligt, of kies een ander antwoord en laat de datum leeg{#is 'timeSinceIncident'}Kies hoe lang geleden het gebeurde{#is 'victimAgeGroup'}Kies de leeftijd uit de lijst{#is 'municipality'}Kies een gemeente uit de lijst die in de gekozen veiligheidsregio ligt, of laat de gemeente leeg{#is 'region'}Kies de veiligheidsregio uit de lijst{#is 'need'}Kies een behoefte uit de lijst{#is 'provenance.source'}Vul de bron in: een webadres, of de organisatie en functie die u sprak{#is 'provenance.verified_on'}Vul de datum in waarop u de bron controleerde{#is 'phones.number'}Vul telefoonnummers in met cijfers, spaties en streepjes, zoals 0800-0188{#is 'schedules.opens_at'}Vul een openingstijd in als UU:MM, zoals 09:00{#is 'schedules.closes_at'}Vul een sluitingstijd in als UU:MM, of 24:00 voor het einde van de dag{#is 'schedules.byday'}Kies de dagen{#is 'schedules'}Kies de dagen bij elke regel met tijden{#is 'exceptions.valid_from'}Vul de eerste dag van de afwijking in{#is 'exceptions.valid_to'}Vul een laatste dag in die niet vóór de eerste ligt{#is 'exceptions.opens_at'}Vul bij een afwijking beide tijden in als UU:MM, zoals 09:00, of geen als het dan gesloten is{#is 'exceptions.closes_at'}Vul een sluitingstijd in als UU:MM, of 24:00 voor het einde van de dag{#is 'needs'}Kies de behoeften uit de lijst{#is 'summary'}Kort de samenvatting in tot hoogstens 4000 tekens{#is 'clientCode'}Vul een cliëntcode in van hoogstens 64 tekens, zonder naam{#is 'clientCodeIssuer'}Kies wie de cliëntcode gaf, alleen bij een cliëntcode{#is 'contact'}Vul een naam, telefoonnummer of e-mailadres in, of kies anoniem{#is 'contact.name'}Vul een naam in van hoogstens 200 tekens{#is 'contact.phone'}Vul een telefoonnummer in, zoals 06 12345678{#is 'contact.email'}Vul een e-mailadres in, zoals naam@voorbeeld.nl{#is 'reason'}Schrijf de reden op{#is 'outcome'}Schrijf de uitkomst op{#is 'minutes'}Vul de bestede tijd in, zoals 1,5 uur of 45 minuten{#is 'minutes.ambiguous'}Bedoelt u uren en minuten, of uren met decimalen? Een punt of komma met twee cijfers erachter kan allebei betekenen: schrijf uren en minuten met een dubbele punt, zoals 1:30, of alleen minuten, zoals 90 min{#is 'date'}Vul de datum in, niet in de toekomst{#is 'activity'}Kies de activiteit{#is 'leadOrganisation'}Kies de organisatie die de casus krijgt{#is 'caseType'}Deze casus heeft nog geen soort; vraag een coördinator{#is 'q'}Vul een referentie of cliëntcode in van hoogstens 64 tekens{#is 'q.reference'}Vul een referentie in zoals GE-2026-000123, of een deel ervan vanaf GE- of het jaar, zoals 2026-000123; zoekt u een cliëntcode, kies dan ‘Cliëntcode’{#is 'q.referenceOnly'}Vul een referentie in zoals GE-2026-000123, of een deel ervan vanaf GE- of het jaar, zoals 2026-000123{#is 'searchBy'}Kies of u zoekt op referentie of op cliëntcode{#is 'searchBy.referenceOnly'}U kunt alleen op referentie zoeken{#is 'status'}Kies een status uit de lijst{#is 'priority'}Kies een prioriteit uit de lijst{#is 'sort'}Kies een volgorde uit de lijst{#is 'overdue'}Vink ‘Alleen te laat’ aan of uit{#is 'pagina'}Deze pagina bestaat niet; begin bij pagina 1{#is 'doneOn'}Vul de dag in waarop het gedaan is: niet in de toekomst, en niet vóór de melding of de vorige mijlpaal{#is 'milestone'}Kies de mijlpaal die u vastlegt{#is 'organisation'}Kies een organisatie die de casus niet al leidt of ondersteunt{#is 'kind'}Kies naar welke hulp u doorverwijst{#is 'askedOn'}Vul de dag in waarop u de hulp vroeg: niet in de toekomst en niet vóór de melding{#is 'on'}Vul de dag in: niet in de toekomst en niet vóór de vorige stap{#is 'step'}Kies de volgende stap{#is 'answer'}Schrijf een antwoord van hoogstens 4000 tekens{#is 'state'}Kies open of beantwoorde vragen{#is 'org'}Kies de organisatie waarvoor het bedrag geldt{#is 'eurosPerFtePerYear'}Vul een bedrag in euro in van 0,01 tot 1.000.000, zoals 72.500{#is 'source'}Vul de bron in, hoogstens 1000 tekens{#is 'assumption'}Geef aan of het bedrag een aanname is{#is 'validFrom'}Vul een dag in die niet in het verleden ligt en na de ingangsdatum van het bedrag dat nu geldt{#is 'prompt'}Kies bij ‘Waarom nu?’ een antwoord uit de lijst, of ‘Niet gevraagd’{#is 'promptLabel'}Kies bij ‘Waarom nu?’ nieuws of sociale media, een campagne, een nieuwe wet of anders, of laat dit veld leeg; hoogstens 80 tekens: letters, cijfers, spaties en . , : ; ' & ( ) / # + -{#else}Controleer dit veld{/when}")
    String field_error(String f);
    @Message("{#when f}{#is 'reason'}Kort de reden in tot hoogstens {max} tekens{#is 'outcome'}Kort de uitkomst in tot hoogstens {max} tekens{#is 'summary'}Kort de samenvatting in tot hoogstens {max} tekens{#is 'answer'}Kort het antwoord in tot hoogstens {max} tekens{#is 'source'}Kort de bron in tot hoogstens {max} tekens{#else}Kort de tekst in tot hoogstens {max} tekens{/when}")
    String too_long(String f, Integer max);

    // --- new contact ---
    @Message("Nieuw contact registreren") String contact_title();
    @Message("Velden met een * zijn verplicht. De routering wordt bijgewerkt terwijl u invult.") String contact_intro();
    @Message("Het contact") String contact_legend_contact();
    @Message("Wat is er gebeurd") String contact_legend_incident();
    @Message("Kanaal *") String f_channel();
    @Message("Wie neemt contact op *") String f_caller();
    @Message("Anoniem contact: geen naam en geen contactgegevens") String f_anonymous();
    @Message("Soort incident * (één of meer)") String f_incidents();
    @Message("Waar is het gebeurd?") String f_setting();
    @Message("Datum van het incident") String f_incident_date();
    @Message("Hoe lang geleden?") String f_time_since();
    @Message("Leeftijd van het slachtoffer") String f_age();
    @Message("Veiligheidsregio") String f_region();
    @Message("Behoeften") String f_needs();
    @Message("Direct gevaar: iemand is nu in gevaar") String f_danger();
    @Message("Toestemming om gegevens te delen met de organisaties die helpen") String f_consent();
    @Message("Samenvatting (optioneel)") String f_summary();
    @Message("Schrijf alleen op wat nodig is, hoogstens 4000 tekens.") String f_summary_hint();
    @Message("Contactgegevens") String contact_details();
    @Message("Naam") String f_name();
    @Message("Telefoon") String f_phone();
    @Message("E-mail") String f_email();
    @Message("Cliëntcode (pseudoniem, optioneel)") String f_client_code();

    @Message("Wie gaf deze cliëntcode?") String f_client_code_issuer();

    @Message("Neemt de cliënt een code mee van een andere organisatie, kies die dan: alleen zo vindt de andere "
            + "organisatie dezelfde persoon terug. Dezelfde code bij twee organisaties is anders twee mensen.")
    String f_client_code_issuer_hint();

    @Message("Wij zelf") String f_client_code_issuer_own();
    @Message("Aanleiding") String f_prompt();
    @Message("Vraag waarom de persoon juist nu contact opneemt, en noteer het antwoord zoals het gegeven wordt. Zo is te meten hoeveel contacten een uitzending of campagne oplevert.")
    String f_prompt_hint();
    @Message("Waarom nu?") String f_prompt_question();
    @Message("Niet gevraagd") String f_prompt_not_asked();
    @Message("Welke uitzending, campagne of wet (optioneel)") String f_prompt_label();
    @Message("Kort, bijvoorbeeld 'NOS-uitzending 12 maart'. Geen namen van personen. Alleen bij media, campagne, nieuwe wet of anders. Wordt met de samenvatting gewist.")
    String f_prompt_label_hint();
    @Message("{#when p}{#is 'MEDIA'}Iets in het nieuws of op sociale media{#is 'CAMPAIGN'}Een campagne{#is 'ADVICE'}Advies van iemand (vriend, huisarts, school){#is 'NEW_LAW'}Een nieuwe wet{#is 'OTHER'}Anders{#is 'UNKNOWN'}Weet niet of zegt het niet{#else}{p}{/when}")
    String prompt(String p);
    @Message("Kies…") String f_choose();
    @Message("Contact registreren") String save_contact();
    @Message("Het contact is niet opgeslagen. Controleer de gemarkeerde velden.") String contact_invalid();
    @Message("Dit formulier is al eerder verstuurd en toen opgeslagen, met andere gegevens dan nu. Zoek het contact eerst op onder Casussen voordat u het opnieuw invoert, zodat niemand twee keer wordt geregistreerd.")
    String contact_saved_before();
    @Message("Het contact opzoeken onder Casussen") String contact_saved_before_find();
    @Message("Nieuw contact, alleen voor een ander contact") String contact_saved_before_new();
    @Message("De registratiedienst (intake) antwoordde niet, dus het is niet zeker dat het contact is opgeslagen. Uw invoer staat er nog. Verstuur het formulier zo opnieuw zonder iets te wijzigen: was het toch al opgeslagen, dan wordt het geen tweede keer opgeslagen.")
    String contact_unavailable();

    // --- routing preview ---
    @Message("Routering (voorlopig)") String preview_title();
    @Message("Kies minstens één soort incident om de routering te zien.") String preview_empty();
    @Message("Leidende organisatie") String preview_lead();
    @Message("Ondersteunend") String preview_supporting();
    @Message("Prioriteit") String preview_priority();
    @Message("Reageren vóór") String preview_deadline();
    @Message("Waarom") String preview_rationale();
    @Message("Geen regel past: een coördinator beoordeelt dit contact.") String preview_review();
    @Message("De routering kan nog niet worden bepaald; controleer:") String preview_invalid();
    @Message("Direct gevaar: bel zelf 112 als de persoon dat niet kan") String emergency_banner();
    @Message("Direct gevaar: veiligheid eerst") String danger_title();
    @Message("Vraag waar de persoon nu is: adres of plaats, en wat die om zich heen ziet.") String danger_step_where();
    @Message("Kan de persoon niet zelf 112 bellen? Bel dan zelf 112 en geef door waar die is. Registreren kan daarna.")
    String danger_step_call();
    @Message("Veiligheid gaat voor. De leidende organisatie neemt het over zodra de persoon veilig is.") String emergency_text();
    @Message("De voorlopige routering is nu niet beschikbaar: de routeringsdienst (triage) is niet bereikbaar. U kunt het contact wel registreren.")
    String preview_unavailable();

    // --- saved ---
    @Message("Contact geregistreerd") String saved_title();
    @Message("Referentie") String saved_reference();
    @Message("Doorgestuurd naar") String saved_routed_to();
    @Message("De routering wordt nog bepaald. Ververs deze pagina over een paar seconden.") String saved_pending();
    @Message("Geen leidende organisatie: een coördinator beoordeelt het contact.") String saved_review();
    @Message("Nog een contact registreren") String saved_new();
    @Message("Casus openen") String saved_case();
    @Message("De casus staat bij {msg:org(org)}; die organisatie neemt hem op. U kunt hem daarom niet openen.")
    String saved_elsewhere(String org);
    @Message("Status") String saved_status();

    // --- cases ---
    @Message("Casussen{#if org} van {msg:org(org)}{/if}") String cases_title(String org);
    @Message("Referentie") String col_reference();
    @Message("Status") String col_status();
    @Message("Prioriteit") String col_priority();
    @Message("Soort") String col_type();
    @Message("Reageren vóór") String col_deadline();
    @Message("Ontvangen") String col_received();
    @Message("Leidend") String col_lead();
    @Message("Regio") String col_region();
    @Message("TE LAAT") String overdue();
    @Message("Geen casussen.") String cases_none();
    @Message("Geen casussen voor uw organisatie. Registreer een nieuw contact via Nieuw contact; casussen die naar uw organisatie gaan, staan daarna hier.")
    String cases_none_casemanager();
    @Message("Casus {ref}") String case_title(String ref);
    @Message("Intakegegevens") String case_assessment();
    @Message("Besluit van de routering") String case_decision();
    @Message("Geschiedenis") String case_history();
    @Message("Regels die pasten") String case_rules();
    @Message("Regelset versie") String case_rule_set();
    @Message("Accepteren") String accept();
    @Message("Afwijzen") String decline();
    @Message("Reden van afwijzen *") String decline_reason();
    @Message("Afsluiten") String close();
    @Message("Uitkomst *") String close_outcome();
    @Message("Uren schrijven") String log_hours();
    @Message("Datum *") String f_date();
    @Message("Activiteit *") String f_activity();
    @Message("Uren opslaan") String log_hours_submit();
    @Message("{#when d}{#is 'accepted'}Casus geaccepteerd.{#is 'declined'}Casus afgewezen; hij gaat terug naar de coördinatoren.{#is 'closed'}Casus afgesloten.{#is 'hours'}Uren opgeslagen.{#is 'corrected'}Correctie opgeslagen; de oorspronkelijke registratie blijft bewaard.{#is 'reassigned'}Casus toegewezen.{#is 'milestone'}Mijlpaal vastgelegd.{#is 'milestone-corrected'}Mijlpaal gecorrigeerd; de geschiedenis bewaart de oude dag.{#is 'acknowledged'}Uw rol is bevestigd.{#is 'referred'}Doorverwijzing vastgelegd.{#is 'referral-progress'}Stap van de doorverwijzing opgeslagen.{#is 'supporter-added'}Ondersteuner toegevoegd.{#is 'supporter-removed'}Ondersteuner verwijderd.{#is 'cost'}Bedrag per FTE geregistreerd.{#else}Opgeslagen.{/when}")
    String done(String d);
    @Message("Wanneer") String h_at();
    @Message("Wie") String h_actor();
    @Message("Wijziging") String h_change();
    @Message("Reden") String h_reason();
    @Message("Ja") String yes();
    @Message("Nee") String no();
    @Message("Acuut") String acute();

    // --- how to reach the lead, and the sociale kaart ---
    @Message("onbekend") String unknown();

    @Message("{#when a}{#is 'seed'}Aangemaakt uit de onderzochte openbare bronnen{#is 'create'}Aangemaakt{#is 'import'}Geïmporteerd{#else}{a}{/when}")
    String history_action(String a);
    @Message("{#when f}{#is 'phones'}Telefoonnummers{#is 'schedules'}Openingstijden{#is 'provenance'}Bron en controle{#is 'service_areas'}Regio's{#is 'description'}Omschrijving{#is 'status'}Status{#else}{f}{/when}")
    String history_field(String f);
    @Message("{#when d}{#is 'MO,TU,WE,TH,FR'}maandag t/m vrijdag{#is 'MO,TU,WE,TH,FR,SA,SU'}elke dag{#is 'SA,SU'}zaterdag en zondag{#is 'MO'}maandag{#is 'TU'}dinsdag{#is 'WE'}woensdag{#is 'TH'}donderdag{#is 'FR'}vrijdag{#is 'SA'}zaterdag{#is 'SU'}zondag{#else}{d}{/when}")
    String days(String d);

    // --- board ---
    @Message("Routeringsbord") String board_title();
    @Message("Werkvoorraad per organisatie") String caseloads_title();
    @Message("Organisatie") String col_org();
    @Message("Open") String col_open();
    @Message("Wacht op acceptatie") String col_awaiting();
    @Message("Te laat") String col_overdue();
    @Message("Te laat: open casussen met een verstreken reactietermijn of mijlpaal, geteld bij wie moet handelen: de mijlpaal van een ondersteunende organisatie bij die organisatie.") String overdue_hint();
    @Message("Geaccepteerd (7 dagen)") String col_accepted7();
    @Message("Langste wachttijd (min)") String col_longest();
    @Message("Te laat") String overdue_title();
    @Message("Niets te laat.") String overdue_none();
    @Message("Te beoordelen") String review_title();
    @Message("Niets te beoordelen.") String review_none();
    @Message("Toewijzen aan") String reassign_to();
    @Message("Reden *") String reassign_reason();
    @Message("Toewijzen") String reassign();
    @Message("Actieve routeringsregels (versie {v})") String rules_title(int v);
    @Message("Actieve routeringsregels") String rules_heading();
    @Message("Uitleg") String col_rule();
    @Message("Wanneer") String col_when();
    @Message("Gevolg") String col_effect();
    @Message("Reageren") String col_within();
    @Message("altijd") String rule_always();
    @Message("en") String rule_and();
    @Message("of") String rule_or();
    @Message("niet ({c})") String rule_not(String c);
    @Message("{#when k}{#is 'setting'}waar{#is 'victimAgeGroup'}leeftijd{#is 'needs'}behoefte{#is 'channel'}kanaal{#is 'callerRole'}wie belt{#else}{k}{/when}")
    String rule_field(String k);
    @Message("{org} leidt: {what}") String rule_leads(String org, String what);
    @Message("{org} ondersteunt") String rule_supports(String org);
    @Message("binnen {n} {#if n == 1}dag{#else}dagen{/if}") String within_days(long n);
    @Message("binnen {n} uur") String within_hours(long n);
    @Message("binnen {n} {#if n == 1}minuut{#else}minuten{/if}") String within_minutes(long n);
    @Message("binnen {d} {#if d == 1}dag{#else}dagen{/if} en {h} uur") String within_days_and_hours(long d, long h);
    @Message("binnen {d} {#if d == 1}dag{#else}dagen{/if} en {m} {#if m == 1}minuut{#else}minuten{/if}")
    String within_days_and_minutes(long d, long m);
    @Message("Effect van een kandidaat-regelset") String replay_title();
    @Message("Versie *") String replay_version();
    @Message("Van") String replay_from();
    @Message("Tot en met") String replay_to();
    @Message("Doorrekenen") String replay_submit();
    @Message("{evaluated} casussen doorgerekend: {unchanged} ongewijzigd, {changed} met een andere leidende organisatie.")
    String replay_result(String evaluated, String unchanged, String changed);
    @Message("Van") String col_from();
    @Message("Naar") String col_to();
    @Message("Aantal") String col_count();
    @Message("geen (coördinator wijst toe)") String no_lead();

    // --- capacity ---
    @Message("Capaciteit") String capacity_title();
    @Message("Urennormen: geregistreerd naast gemeten") String norms_title();
    @Message("Geregistreerde norm (uur: laag–verwacht–hoog)") String col_norm();
    @Message("Bron") String col_source();
    @Message("Gemeten (n, mediaan, p80 in uur)") String col_empirical();
    @Message("Geen norm geregistreerd") String norm_missing();
    @Message("te weinig gesloten casussen om te tonen") String empirical_suppressed();
    @Message("De gemeten uren zijn landelijk. Voor een regio zijn ze hier niet te zien.")
    String empirical_national_only();
    @Message("Bezetting") String staffing_title();
    @Message("Geen bezetting geregistreerd") String staffing_missing();
    @Message("Alle regio’s samen, met wie aan geen regio is toegewezen: de bezetting waartegen de benutting hieronder telt.")
    String staffing_national();
    @Message("De bezetting in {msg:region(r)}: waartegen de benutting hieronder telt.")
    String staffing_in_region(String r);
    @Message("Vraag de beheerder van de capaciteitsdienst om de bezetting (FTE) van deze organisatie in te voeren; tot dan zijn beschikbare uren en benutting onbekend.")
    String staffing_missing_next();
    @Message("FTE") String col_fte();
    @Message("Productieve uren per week") String col_productive();
    @Message("aangenomen") String assumed();
    @Message("Benutting per organisatie") String utilisation_title();
    @Message("Open casussen") String col_open_cases();
    @Message("Resterende normuren open zaken (verwacht)") String col_committed();
    @Message("Beschikbare uren") String col_available();
    @Message("Benutting") String col_utilisation();
    @Message("Soorten zonder norm") String col_without_norm();
    @Message("Toelichting") String col_notes();

    // --- projections ---
    @Message("Capaciteitsprojecties") String projections_title();
    @Message("Alleen totalen per organisatie en jaar; aantallen onder de 10 worden niet getoond.") String projections_intro();
    @Message("Scenario") String scenario();
    /** The scenarios forecast seeds are named in English there; a scenario a coordinator adds keeps its own name. */
    @Message("{#when s}{#is 'baseline'}basis (geen effecten){#is 'new Sexual Offences Act'}nieuwe Wet seksuele misdrijven{#else}{s}{/when}")
    String scenario_name(String s);
    @Message("Van (jjjj-mm)") String from_month();
    @Message("Tot en met (jjjj-mm)") String to_month();
    @Message("Tonen") String show();
    @Message("Kies een eindmaand die niet vóór de beginmaand ligt.") String period_backwards();
    @Message("Voor deze periode of dit scenario kan geen prognose worden gemaakt. Kies een kortere periode of een "
            + "scenario uit de lijst.") String projection_refused();
    @Message("Vul een maand in als jjjj-mm, bijvoorbeeld 2027-01.") String month_unreadable();
    @Message("Vul een dag in als jjjj-mm-dd, bijvoorbeeld 2026-11-01.") String replay_day_unreadable();
    @Message("Vul het nummer van een versie in, bijvoorbeeld 3.") String replay_version_unreadable();
    @Message("Kies een laatste dag die niet vóór de eerste ligt.") String replay_backwards();
    @Message("Historie, prognose en 80%-interval per organisatie") String chart_title();
    @Message("Grafiek van historie, prognose en 80%-interval per organisatie. De tabel hieronder bevat dezelfde cijfers.")
    String chart_alt();
    @Message("Contacten, uren en FTE per organisatie en jaar") String table_title();
    @Message("Jaar") String col_year();
    @Message("Contacten (80%-interval)") String col_contacts();
    @Message("Uren (laag–verwacht–hoog)") String col_hours();
    @Message("FTE nodig") String col_fte_needed();
    @Message("FTE beschikbaar") String col_fte_available();
    @Message("Tekort (FTE)") String col_gap();
    @Message("Kosten per jaar") String col_euros();
    @Message("Kosten per contact") String col_euros_per_contact();
    @Message("aanname") String assumption_badge();
    @Message("Kosten: de verwachte uren tegen wat een FTE de organisatie per jaar kost, zoals geregistreerd in de capaciteitsdienst met bron. 'aanname' betekent dat dat bedrag een schatting is, geen bron. Zonder geregistreerd bedrag staat er –: de kosten zijn dan onbekend. Per contact: alleen contacten met een urennorm.")
    String costs_explained();
    /** A bound of a shown row: below 10 itself, or made of a month's bound below 10; which one is not said. */
    @Message("verborgen") String bound_hidden();
    @Message("verborgen") String not_shown();
    @Message("verborgen betekent: de contacten van die rij zijn weggelaten om personen te beschermen, omdat het er minder dan 10 zijn, omdat ze rusten op een maand die verborgen is, omdat voor een zaaktype in een van de maanden minder dan 10 worden verwacht of omdat een reeks is achtergehouden. Het kunnen er dus ook honderden zijn. Een grens is verborgen als die, of de grens van een maand erin, onder de 10 ligt.")
    String not_shown_explained();
    @Message("Geen cijfers voor deze periode: de prognosedienst heeft (nog) geen reeksen.") String projection_empty();
    @Message("Download als CSV") String csv();
    @Message("Demo-omgeving.") String demo_title();
    @Message("Hier kan iedereen inloggen met een zelfgekozen rol, en alle gegevens zijn verzonnen. Voer geen echte gegevens van cliënten in.")
    String demo_text();
    @Message("Synthetische gegevens.") String synthetic_title();
    @Message("De reeksen achter deze cijfers zijn verzonnen voor een demonstratie, afgestemd op gepubliceerde jaartotalen. Het zijn geen echte aantallen.")
    String synthetic_text();
    @Message("synthetisch") String synthetic_badge();
    @Message("Download als CSV voor Nederlandse Excel (puntkomma, decimale komma)") String csv_dutch();
    @Message("– betekent: geen cijfer. Uren en FTE ontbreken waar geen urennorm of geen bezetting is geregistreerd, of waar de capaciteitsdienst niet antwoordde.")
    String dash_explained();
    @Message("De capaciteitsdienst antwoordde niet: uren en FTE ontbreken, de contacten staan er wel.") String capacity_missing();
    @Message("Zonder urennorm, dus niet in de uren:") String without_norm();
    @Message("Toelichting") String notes();
    @Message("Hoe de prognose is gemaakt") String method_title();
    @Message("Voor elke reeks zijn de modellen in de tabel getoetst op de eigen historie: vanaf een reeks startpunten in het verleden voorspelden ze telkens tot 12 maanden vooruit, en die voorspellingen zijn vergeleken met wat er daarna echt binnenkwam. De MASE is de gemiddelde afwijking gedeeld door die van 'dezelfde maand vorig jaar': onder 1 is beter dan dat. Gekozen wordt de combinatie (de mediaan van ETS, Theta, ARIMA en, bij een reeks met seizoen, ETS op de seizoensgecorrigeerde reeks), tenzij één model meer dan 30% beter scoorde.")
    String method_intro();
    @Message("Het 80%-interval is zo bijgesteld dat het in die toets 8 van de 10 uitkomsten bevatte. Na het eerste jaar wordt de groei gedempt en het interval breder. Het interval dekt niet wat het model niet kan weten, zoals een nieuwe wet, een campagne of een uitzending: daarvoor zijn de scenario's.")
    String method_interval();
    @Message("Gekozen model:") String method_chosen();
    @Message("de mediaan van") String method_median_of();
    @Message("Terugtoets: {label}") String method_caption(String label);
    @Message("Model") String col_model();
    @Message("MASE (lager is beter)") String col_mase();
    @Message("Gemiddelde afwijking per maand") String col_mae();
    @Message("Binnen het eigen 80%-interval") String col_coverage();
    @Message("Interval bijgesteld met factor") String col_interval_scale();
    @Message("Startpunten") String col_origins();
    @Message("gekozen") String chosen_badge();
    @Message("{#when m}{#is 'combination'}combinatie{#is 'adjusted-ets'}ETS op de seizoensgecorrigeerde reeks{#is 'theta'}Theta{#is 'linear'}rechte lijn (lineaire trend){#is 'snaive'}dezelfde maand vorig jaar{#is 'naive'}de vorige periode{#else}{m.replace(' with drift', ' met drift').replace(' with mean', ' met gemiddelde')}{/when}")
    String model_name(String m);

    // --- vocabulary ---
    @Message("{#when r}{#is 'casemanager'}casemanager{#is 'coordinator'}coördinator{#is 'ministry'}ministerie{#is 'admin'}beheerder{#is 'editor'}redacteur sociale kaart{#else}{r}{/when}")
    String role(String r);
    @Message("{#when o}{#is 'CSG'}Centrum Seksueel Geweld{#is 'VT'}Veilig Thuis{#is 'SHN'}Slachtofferhulp Nederland{#is 'HELPWANTED'}Helpwanted{#is 'CVSN'}Centrum Veilige Sport Nederland{#is 'FIER'}Fier{#else}{o}{/when}")
    String org(String o);
    @Message("{#when c}{#is 'CHAT'}Chat{#is 'PHONE'}Telefoon{#is 'EMAIL'}E-mail{#is 'WALK_IN'}Inloop{#is 'POLICE_REFERRAL'}Verwijzing door de politie{#is 'PROFESSIONAL_REFERRAL'}Verwijzing door een professional{#is 'SELF_CHECK'}Online zelftest{#is 'WEB_QUESTION'}Vraag via de website{#else}{c}{/when}")
    String channel(String c);
    @Message("{#when c}{#is 'VICTIM'}Slachtoffer{#is 'RELATIVE'}Naaste (familie of vriend){#is 'PROFESSIONAL'}Professional{#is 'BYSTANDER'}Omstander{#is 'PERPETRATOR'}Pleger{#else}{c}{/when}")
    String caller(String c);
    @Message("{#when i}{#is 'RAPE'}Verkrachting{#is 'SEXUAL_ASSAULT'}Aanranding{#is 'SEXUAL_ABUSE'}Seksueel misbruik{#is 'SEXUAL_HARASSMENT'}Seksuele intimidatie{#is 'SEXTORTION'}Sextortion (afpersing met beelden){#is 'IMAGE_BASED_ABUSE'}Misbruik van beeldmateriaal{#is 'ONLINE_GROOMING'}Online grooming{#is 'DOMESTIC_VIOLENCE'}Huiselijk geweld{#is 'CHILD_ABUSE'}Kindermishandeling{#is 'EXPLOITATION'}Mensenhandel of seksuele uitbuiting{#is 'OTHER'}Anders{#else}{i}{/when}")
    String incident(String i);
    @Message("{#when s}{#is 'HOME'}Thuis of in een relatie{#is 'SPORT'}Sport{#is 'ONLINE'}Online{#is 'WORK'}Werk{#is 'EDUCATION'}Onderwijs{#is 'PUBLIC'}Openbare ruimte{#is 'CARE'}Zorg{#is 'OTHER'}Anders{#is 'UNKNOWN'}Onbekend{#else}{s}{/when}")
    String setting(String s);
    @Message("{#when t}{#is 'WITHIN_7_DAYS'}Een week geleden of korter{#is 'MORE_THAN_7_DAYS'}Langer dan een week geleden{#is 'UNKNOWN'}Onbekend{#else}{t}{/when}")
    String time_since(String t);
    @Message("{#when a}{#is 'UNDER_12'}Jonger dan 12{#is 'AGE_12_17'}12 tot en met 17{#is 'ADULT'}18 of ouder{#is 'UNKNOWN'}Onbekend{#else}{a}{/when}")
    String age(String a);
    @Message("{#when n}{#is 'MEDICAL'}Medische zorg{#is 'FORENSIC'}Forensisch onderzoek{#is 'PSYCHOLOGICAL'}Psychische hulp{#is 'LEGAL'}Juridische hulp{#is 'SAFETY'}Veiligheid{#is 'PRACTICAL'}Praktische hulp{#is 'CONTENT_REMOVAL'}Beelden laten verwijderen{#is 'INFORMATION'}Informatie{#else}{n}{/when}")
    String need(String n);
    @Message("{#when r}{#is 'VR01'}Groningen{#is 'VR02'}Fryslân{#is 'VR03'}Drenthe{#is 'VR04'}IJsselland{#is 'VR05'}Twente{#is 'VR06'}Noord- en Oost-Gelderland{#is 'VR07'}Gelderland-Midden{#is 'VR08'}Gelderland-Zuid{#is 'VR09'}Utrecht{#is 'VR10'}Noord-Holland-Noord{#is 'VR11'}Zaanstreek-Waterland{#is 'VR12'}Kennemerland{#is 'VR13'}Amsterdam-Amstelland{#is 'VR14'}Gooi en Vechtstreek{#is 'VR15'}Haaglanden{#is 'VR16'}Hollands-Midden{#is 'VR17'}Rotterdam-Rijnmond{#is 'VR18'}Zuid-Holland-Zuid{#is 'VR19'}Zeeland{#is 'VR20'}Midden- en West-Brabant{#is 'VR21'}Brabant-Noord{#is 'VR22'}Brabant-Zuidoost{#is 'VR23'}Limburg-Noord{#is 'VR24'}Limburg-Zuid{#is 'VR25'}Flevoland{#else}{r}{/when} ({r})")
    String region(String r);
    @Message("{#when p}{#is 'EMERGENCY'}Spoed (112){#is 'ACUTE'}Acuut{#is 'HIGH'}Hoog{#is 'NORMAL'}Normaal{#else}{p}{/when}")
    String priority(String p);
    @Message("{#when t}{#is 'CSG_ACUTE'}CSG acuut{#is 'CSG_NON_ACUTE'}CSG niet-acuut{#is 'VT_SAFETY_ASSESSMENT'}VT veiligheidsbeoordeling{#is 'SHN_SUPPORT'}SHN ondersteuning{#is 'HELPWANTED_ADVICE'}Helpwanted advies{#is 'CVSN_CASE'}CVSN melding{#is 'FIER_CASE'}Fier casus{#else}{t}{/when}")
    String case_type(String t);
    @Message("{#when s}{#is 'OFFERED'}Aangeboden{#is 'ACCEPTED'}Geaccepteerd{#is 'NEEDS_REVIEW'}Te beoordelen{#is 'CLOSED'}Afgesloten{#is 'RECEIVED'}Ontvangen{#is 'ROUTED'}Doorgestuurd{#is 'DELIVERY_FAILED'}Nog niet doorgestuurd{#else}{s}{/when}")
    String status(String s);
    @Message("{#when a}{#is 'INTAKE'}Intake{#is 'CASEMANAGEMENT'}Casemanagement{#is 'CONSULTATION'}Overleg{#is 'TRAVEL'}Reistijd{#is 'OTHER'}Anders{#else}{a}{/when}")
    String activity(String a);
}
