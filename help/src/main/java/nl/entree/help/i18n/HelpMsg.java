package nl.entree.help.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The front door's texts in plain Dutch (language level B1: short sentences, everyday words, "je"); the English is in
 * {@code messages/help_en.properties}. Facts (numbers, hours, addresses) are never written here: they come from the
 * directory, except 112, the emergency number.
 */
@MessageBundle(value = "help", locale = "nl")
public interface HelpMsg {

    /** Shown on the page only: it leaves the screen with the page. */
    @Message("Hulp na seksueel geweld") String site_name();
    /**
     * Every page's title ends with this, never with site_name: a tab, the task switcher and the browser's history
     * show the title, after the page is left too.
     */
    @Message("Hulp en advies") String site_title();
    /** For search engines only: browsers show it in no tab and no history. */
    @Message("Hulp na seksueel geweld: beantwoord een paar vragen en zie welke organisatie je kan helpen, hoe je ze "
            + "bereikt en of ze nu open zijn. Ook als je je zorgen maakt om iemand anders.")
    String site_description();
    @Message("Naar de inhoud") String skip();
    @Message("Snel weg") String exit();
    @Message("Snel weg: verlaat deze pagina direct") String exit_long();
    @Message("verlaat deze pagina direct") String exit_hidden();
    @Message("Druk nog {n} keer op {key} om deze pagina te verlaten.") String exit_more(int n, String key);
    @Message("Deze pagina wordt nu verlaten.") String exit_leaving();
    /** Said by quick-exit.js when a page it fetched did not come, or came without the quick exit. */
    @Message("Dit lukte niet: de pagina kon niet worden geladen. Probeer het nog eens.") String exit_unreachable();
    @Message("Snel weg? Klik op de knop. Staat JavaScript aan, dan kan het ook met 2 keer Escape of 3 keer Shift.")
    String exit_hint();
    @Message("English") String other_language();
    @Message("Read this page in English") String other_language_label();
    @Message("Veilig internetten") String safe_browsing_link();

    @Message("In gevaar?") String emergency_banner();
    @Message("Is iemand nu in gevaar? Bel meteen 112.") String emergency_now();
    @Message("Bel 112") String call_112();

    @Message("Hulp zoeken na seksueel geweld") String start_title();
    /** The start's title, before site_title: start_title names what happened, so it is the heading only. */
    @Message("Welkom") String start_page_title();
    @Message("Is er iets seksueels gebeurd dat je niet wilde? Of maak je je zorgen om iemand anders? Met een paar vragen laten we zien welke organisatie je kan helpen, en hoe je ze bereikt.")
    String start_intro();
    @Message("Je hoeft je naam niet te geven. Je antwoorden blijven alleen op deze pagina staan en zijn weg als je "
            + "hem sluit. We bewaren ze niet, behalve als je zelf een vraag stelt aan een hulpverlener.")
    String start_private();
    /** Not "every question": danger and "who are you" have no such answer (finder/Question). */
    @Message("Er zijn {total} korte vragen. Bij de meeste vragen kun je ook kiezen voor 'weet ik niet'.")
    String start_questions(int total);
    @Message("Begin") String start_button();
    @Message("Gebruik je een computer of telefoon van iemand anders? Lees dan eerst hoe je veilig internet.") String start_shared_device();

    @Message("Vraag {n} van {total}") String step(int n, int total);
    @Message("Volgende") String next();
    @Message("Vorige vraag") String previous();
    @Message("Kies een antwoord om verder te gaan.") String choose_one();
    @Message("Kies één of meer antwoorden om verder te gaan.") String choose_some();
    @Message("Er is een probleem") String problem();
    /** Before a form's title when it comes back with an error, as GOV.UK does: a screen reader says it first. */
    @Message("Fout") String title_error();
    @Message("Je kunt meer dan één antwoord kiezen.") String several_hint();

    @Message("{#when q}{#is 'DANGER'}Is iemand nu in gevaar?{#is 'WHO'}Wie ben jij?{#is 'WHAT'}Wat is er gebeurd?{#is 'SETTING'}Waar gebeurde het?{#is 'WHEN'}Hoe lang geleden is het gebeurd?{#is 'AGE'}Hoe oud is degene die het overkwam?{#is 'REGION'}In welke regio woon je?{/when}")
    String question(String q);
    @Message("{#when q}{#is 'DANGER'}Bijvoorbeeld: de persoon die het deed is nog in de buurt, iemand is gewond, of iemand dreigt iets te doen.{#is 'WHO'}Ook als je je zorgen maakt om iemand anders, of als je zelf iets gedaan hebt, kun je hulp krijgen.{#is 'WHAT'}Kies wat het beste past. Weet je niet hoe je het moet noemen? Kies dan 'iets anders'.{#is 'SETTING'}Voor sommige plekken is er een organisatie die daar speciaal voor helpt, zoals bij de sport of thuis. Weet je het niet, of zeg je het liever niet? Dat mag ook.{#is 'WHEN'}Dit vragen we omdat de eerste 7 dagen belangrijk zijn. Dan kan medische hulp nog meer doen, en kunnen sporen nog worden bewaard, ook als je pas later weet of je aangifte wilt doen. Is het langer geleden? Dan kun je ook hulp krijgen.{#is 'AGE'}Bij kinderen en jongeren helpen soms andere organisaties.{#is 'REGION'}Dan zoeken we de hulp bij jou in de buurt. Regio's heten naar de grote steden of de provincie. Weet je het niet? Dan laten we de landelijke nummers zien.{/when}")
    String hint(String q);
    @Message("{#when q}{#is 'DANGER'}{#when c}{#is 'YES'}Ja, iemand is nu in gevaar{#is 'NO'}Nee, niet op dit moment{/when}{#is 'WHO'}{#when c}{#is 'VICTIM'}Het is mij overkomen{#is 'RELATIVE'}Het is iemand overkomen die dicht bij mij staat (familie, partner, vriend)"
            + "{#is 'PROFESSIONAL'}Ik vraag het voor mijn werk (bijvoorbeeld als leraar, trainer of zorgverlener){#is 'BYSTANDER'}Ik heb iets gezien of gehoord{#is 'PERPETRATOR'}Ik heb zelf iets gedaan, of ik ben bang dat ik dat ga doen{/when}"
            + "{#is 'WHAT'}{#when c}{#is 'RAPE'}Seks of iets in het lichaam terwijl het niet gewild was (verkrachting){#is 'SEXUAL_ASSAULT'}Aanraken of betasten zonder toestemming (aanranding)"
            + "{#is 'SEXUAL_ABUSE'}Seksueel misbruik, ook als het vaker gebeurde of lang geleden is{#is 'SEXUAL_HARASSMENT'}Seksuele opmerkingen, gebaren of aandringen (seksuele intimidatie)"
            + "{#is 'SEXTORTION'}Iemand dreigt naaktbeelden te verspreiden, om geld of om meer beelden te krijgen (sextortion){#is 'IMAGE_BASED_ABUSE'}Naaktbeelden of seksvideo's gemaakt of gedeeld zonder toestemming"
            + "{#is 'ONLINE_GROOMING'}Een volwassene zoekt online seksueel contact met een kind (grooming){#is 'DOMESTIC_VIOLENCE'}Geweld of bedreiging thuis, of door een (ex-)partner of familielid"
            + "{#is 'CHILD_ABUSE'}Een kind wordt mishandeld of verwaarloosd{#is 'EXPLOITATION'}Gedwongen worden tot seks, voor geld of iets anders (uitbuiting){#is 'OTHER'}Iets anders, of ik weet niet hoe ik het moet noemen{/when}"
            + "{#is 'SETTING'}{#when c}{#is 'HOME'}Thuis, of in de familie{#is 'SPORT'}Bij de sport (club, training of wedstrijd){#is 'EDUCATION'}Op school of bij een opleiding"
            + "{#is 'WORK'}Op het werk{#is 'ONLINE'}Online (internet, telefoon, sociale media){#is 'OTHER'}Ergens anders{#is 'UNKNOWN'}Weet ik niet, of zeg ik liever niet{/when}"
            + "{#is 'WHEN'}{#when c}{#is 'WITHIN_7_DAYS'}Een week geleden of korter{#is 'MORE_THAN_7_DAYS'}Langer dan een week geleden{#is 'UNKNOWN'}Weet ik niet, of zeg ik liever niet{/when}"
            + "{#is 'AGE'}{#when c}{#is 'UNDER_12'}Jonger dan 12 jaar{#is 'AGE_12_17'}12 tot en met 17 jaar{#is 'ADULT'}18 jaar of ouder{#is 'UNKNOWN'}Weet ik niet{/when}"
            + "{#is 'REGION'}Weet ik niet{/when}")
    String choice(String q, String c);
    @Message("Kies een regio") String region_label();
    @Message("Of typ je gemeente") String place_label();
    @Message("Weet je de naam van je regio niet? Typ dan de gemeente waar je woont. Wij zoeken de regio erbij en bewaren de naam niet.")
    String place_hint();
    @Message("Kies je gemeente uit de lijst, of kies alleen een regio. Staat je gemeente er niet bij, kies dan ‘Weet ik niet’.")
    String place_unknown();
    /** Names only what is on the list (its spelling there), never what the person typed. */
    @Message("{place} hoort bij veiligheidsregio {help:region(r)}. Kies die regio, of laat de regio leeg.")
    String place_elsewhere(String place, String r);
    @Message("{#when r}{#is 'VR01'}Groningen{#is 'VR02'}Fryslân{#is 'VR03'}Drenthe{#is 'VR04'}IJsselland{#is 'VR05'}Twente"
            + "{#is 'VR06'}Noord- en Oost-Gelderland{#is 'VR07'}Gelderland-Midden{#is 'VR08'}Gelderland-Zuid{#is 'VR09'}Utrecht"
            + "{#is 'VR10'}Noord-Holland-Noord{#is 'VR11'}Zaanstreek-Waterland{#is 'VR12'}Kennemerland{#is 'VR13'}Amsterdam-Amstelland"
            + "{#is 'VR14'}Gooi en Vechtstreek{#is 'VR15'}Haaglanden{#is 'VR16'}Hollands-Midden{#is 'VR17'}Rotterdam-Rijnmond"
            + "{#is 'VR18'}Zuid-Holland-Zuid{#is 'VR19'}Zeeland{#is 'VR20'}Midden- en West-Brabant{#is 'VR21'}Brabant-Noord"
            + "{#is 'VR22'}Brabant-Zuidoost{#is 'VR23'}Limburg-Noord{#is 'VR24'}Limburg-Zuid{#is 'VR25'}Flevoland{#else}{r}{/when}")
    String region(String r);

    @Message("Bel nu 112") String danger_title();
    @Message("Is iemand nu in gevaar, of is iemand gewond? Bel dan meteen 112. Zij sturen politie of ambulance.") String danger_text();
    @Message("Kun je nu niet bellen, of ben je al veilig? Ga dan verder. Dan laten we zien wie je daarna kan helpen.") String danger_later();
    @Message("Verder met de vragen") String danger_continue();

    /**
     * The title of the pages whose heading says more than a shared device may keep (call 112; help for the person
     * it happened to): the heading leaves the screen with the page, the title stays in the history.
     */
    @Message("Advies") String advice_page_title();
    @Message("Deze hulp past bij jou") String advice_title();
    @Message("We weten niet zeker welke hulp het beste past") String advice_unsure_title();
    @Message("Dat beslist een hulpverlener samen met jou. Neem contact op met een van deze organisaties. Zij helpen je verder, ook als je bij de verkeerde begint.")
    String advice_unsure();
    @Message("{#when t}{#is 'CSG_ACUTE'}Het is een week geleden of korter. Het Centrum Seksueel Geweld kan nu nog medische hulp geven en sporen bewaren. Je krijgt ook hulp voor hoe je je voelt. Je kiest zelf of je aangifte doet."
            + "{#is 'CSG_NON_ACUTE'}Het Centrum Seksueel Geweld helpt na seksueel geweld, ook als het langer geleden is: met gesprekken en hulp voor hoe je je voelt."
            + "{#is 'VT_SAFETY_ASSESSMENT'}Veilig Thuis helpt als het gebeurt in een gezin, een familie of een relatie, of als een kind niet veilig is. Je kunt er ook alleen advies vragen."
            + "{#is 'SHN_SUPPORT'}Slachtofferhulp Nederland helpt je verder na wat er gebeurd is: met praktische en juridische vragen, en met hoe je je voelt."
            + "{#is 'HELPWANTED_ADVICE'}Helpwanted helpt als er iets online gebeurt, zoals beelden die gedeeld worden of afpersing."
            + "{#is 'CVSN_CASE'}Het Centrum Veilige Sport Nederland helpt als het in de sport gebeurt."
            + "{#is 'FIER_CASE'}Fier helpt bij geweld in een relatie waar je van iemand afhankelijk bent, zoals bij uitbuiting."
            + "{#else}Deze organisatie helpt bij wat je beschrijft.{/when}")
    String advice_why(String t);
    /**
     * advice_why for someone close, someone who saw it or a professional: what the organisation does for the person
     * it happened to. That it advises the caller too is said only where directory-facts.json says so (Veilig Thuis).
     */
    @Message("{#when t}{#is 'CSG_ACUTE'}Het is een week geleden of korter. Het Centrum Seksueel Geweld kan de persoon die het is overkomen nu nog medische hulp geven en sporen bewaren. Diegene krijgt ook hulp voor hoe die zich voelt. Diegene kiest zelf of die aangifte doet. Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen."
            + "{#is 'CSG_NON_ACUTE'}Het Centrum Seksueel Geweld helpt de persoon die het is overkomen, ook als het langer geleden is: met gesprekken en hulp voor hoe die zich voelt. Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen."
            + "{#is 'VT_SAFETY_ASSESSMENT'}Veilig Thuis helpt als het gebeurt in een gezin, een familie of een relatie, of als een kind niet veilig is. Maak je je zorgen om iemand? Dan kun je er ook alleen advies vragen."
            + "{#is 'SHN_SUPPORT'}Slachtofferhulp Nederland helpt de persoon die het is overkomen verder: met praktische en juridische vragen, en met hoe die zich voelt. Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen."
            + "{#is 'HELPWANTED_ADVICE'}Helpwanted helpt als er iets online gebeurt, zoals beelden die gedeeld worden of afpersing. Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen."
            + "{#is 'CVSN_CASE'}Het Centrum Veilige Sport Nederland helpt als het in de sport gebeurt. Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen."
            + "{#is 'FIER_CASE'}Fier helpt bij geweld in een relatie waarin iemand van een ander afhankelijk is, zoals bij uitbuiting. Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen."
            + "{#else}Deze organisatie helpt bij wat er gebeurd is. Je kunt ook zelf contact opnemen om te vragen wat jij kunt doen.{/when}")
    String advice_why_other(String t);
    /**
     * For the person who did it, whatever the case type: the organisations are for the person it happened to.
     * directory-facts.json lists no service for people who did it, so none is named; their GP is.
     */
    @Message("De organisaties hieronder helpen de persoon die het is overkomen. Heeft die persoon nu hulp nodig? "
            + "Hieronder staat hoe die hen kan bereiken. Wil je zelf hulp, ook als je bang bent dat je iets gaat "
            + "doen? Vraag het dan aan je huisarts.")
    String advice_why_did_it();
    @Message("Hulp voor de persoon die het is overkomen") String advice_title_did_it();
    /** triage's unknownTiming warning, for the person: without the answer the rules cannot see an acute case. */
    @Message("Was het een week geleden of korter? Bel dan snel: dan zijn medische hulp en sporenonderzoek nog "
            + "mogelijk.")
    String advice_maybe_acute();
    @Message("Zo bereik je ze") String reach_title();
    @Message("Ook deze organisaties kunnen helpen:") String supporting();
    @Message("{#when o}{#is 'CSG'}Centrum Seksueel Geweld{#is 'VT'}Veilig Thuis{#is 'SHN'}Slachtofferhulp Nederland{#is 'HELPWANTED'}Helpwanted{#is 'CVSN'}Centrum Veilige Sport Nederland{#is 'FIER'}Fier{#else}{o}{/when}")
    String organisation(String o);
    @Message("Bellen") String phone();
    @Message("Telefoonnummer: onbekend") String phone_unknown();

    /** The directory's caution is the source's doubt: found on another site than the organisation's, or an old one. */
    @Message("Let op: dit nummer vonden we niet bij de organisatie zelf, maar in een andere of oudere bron. Het werkt "
            + "misschien niet meer.")
    String phone_caution();
    @Message("Bel bij twijfel het landelijke nummer.") String phone_caution_national();

    @Message("Tijden van dit nummer: onbekend") String phone_hours_unknown();

    @Message("Adres") String address();

    @Message("Of dit centrum jouw regio helpt, is niet zeker. Het landelijke nummer helpt je in elk geval verder.")
    String may_not_serve_region();
    @Message("Meer lezen op de website") String website();
    @Message("Chatten") String chat();
    @Message("Chatadres: onbekend") String chat_unknown();
    @Message("Meer over langsgaan") String walk_in();
    @Message("E-mail") String email();
    @Message("{#when c}{#is 'PHONE'}Bellen{#is 'CHAT'}Chatten{#is 'WALK_IN'}Langsgaan{#is 'EMAIL'}E-mailen{#else}Doorverwijzing{/when}")
    String channel(String c);
    @Message("Nu open") String open_now();
    @Message("Nu open, tot {time}") String open_until(String time);
    @Message("Nu gesloten") String closed_now();
    @Message("Weer open: {time}") String opens_at(String time);
    @Message("Openingstijden") String hours();
    @Message("Let op: {day} gesloten") String other_day_closed(String day);
    @Message("Let op: {day} open van {opens} tot {closes}") String other_day_open(String day, String opens, String closes);
    @Message("Let op: {from} tot en met {to} gesloten") String other_days_closed(String from, String to);
    @Message("Let op: {from} tot en met {to} open van {opens} tot {closes}")
    String other_days_open(String from, String to, String opens, String closes);
    @Message("onbekend") String unknown();
    @Message("Of dit nu open is, weten we niet.") String open_unknown();
    @Message("Landelijk") String national();
    @Message("In jouw regio") String regional();
    /** A centre the directory is unsure serves the region: reach.html says so, and the label may not deny it. */
    @Message("Mogelijk in jouw regio") String regional_maybe();
    @Message("Regionaal centrum") String regional_centre();
    @Message("Deze gegevens zijn nog niet door de organisatie bevestigd. Bel bij twijfel het landelijke nummer.") String check_before_use();
    @Message("We konden de gegevens van deze organisatie nu niet ophalen. Probeer het zo nog eens. In gevaar? Bel 112.") String directory_down();
    @Message("Je gaf geen regio op. Dit zijn de landelijke nummers. Vraag daar ook naar hulp bij jou in de buurt.") String national_only();
    @Message("Je gaf geen regio op, en we vonden geen landelijk nummer. Dit zijn centra in heel Nederland: kies er een bij jou in de buurt.")
    String no_region_centres();
    @Message("Er is nu niemand open. Is het dringend? Bel 112. Je kunt ook een van deze organisaties bellen zodra ze weer open zijn.") String nobody_open();
    @Message("Antwoorden aanpassen") String change_answers();
    @Message("Opnieuw beginnen") String start_again();
    @Message("Wat je hebt ingevuld") String your_answers();

    @Message("Dit lukt nu even niet") String unavailable_title();
    @Message("We kunnen nu niet laten zien welke hulp past. Probeer het over een paar minuten nog eens. Je antwoorden staan dan nog klaar.") String unavailable_text();
    @Message("Probeer opnieuw") String try_again();
    @Message("Je kunt nu al bellen of chatten") String unavailable_national_title();
    @Message("Deze landelijke hulplijnen helpen je verder, waar je ook woont.") String unavailable_national();

    @Message("Veilig internetten") String safe_title();
    @Message("Niemand hoeft te zien dat je deze website hebt bezocht. Zo maak je het moeilijker om dat terug te vinden.") String safe_intro();
    @Message("Gebruik een privévenster") String safe_private_title();
    @Message("In een privévenster (ook wel incognito of InPrivate) onthoudt de browser niet welke pagina's je bekijkt. Open het via het menu van je browser, of met Ctrl+Shift+N (Chrome, Edge), Ctrl+Shift+P (Firefox) of Cmd+Shift+N (Safari op een Mac).")
    String safe_private();
    @Message("Wis je geschiedenis") String safe_history_title();
    @Message("Heb je geen privévenster gebruikt? Verwijder deze website dan uit de geschiedenis van je browser. Wis niet alles: dat kan juist opvallen.")
    String safe_history();
    @Message("Een gedeeld apparaat") String safe_shared_title();
    @Message("Gebruik als het kan een apparaat dat alleen van jou is, of een computer in een bibliotheek. Let op: software op een apparaat kan meekijken, ook in een privévenster.")
    String safe_shared();
    @Message("De knop Snel weg") String safe_exit_title();
    /** Back and the keys are quick-exit.js's: without JavaScript the button is a plain link, and Back returns. */
    @Message("Op elke pagina staat bovenaan de knop Snel weg. Die opent meteen een andere website. Staat JavaScript "
            + "aan in je browser (meestal is dat zo)? Dan kom je met de terugknop niet terug op deze website, en kun "
            + "je ook 2 keer op Escape of 3 keer op Shift drukken. Staat JavaScript uit? Dan kom je met de terugknop "
            + "wel terug. Sluit dan na Snel weg ook het venster, of gebruik een privévenster.")
    String safe_exit();
    @Message("Wat deze website bewaart") String safe_nothing_title();
    @Message("Je antwoorden op de vragen bewaren we niet. We gebruiken ze alleen om te laten zien welke hulp past. "
            + "We plaatsen geen cookies, tellen geen bezoekers en gebruiken geen diensten van anderen.")
    String safe_nothing();
    /** What intake keeps of a question: QuestionPages sends, QuestionService stores, QuestionRetention erases. */
    @Message("Stel je een vraag aan een hulpverlener? Dan sturen we je vraag naar de organisatie die het beste "
            + "past. Een deel van je antwoorden gaat mee: of iemand nu in gevaar is, wie je bent, wat er gebeurd "
            + "is, waar het gebeurde, hoe lang geleden, hoe oud degene is die het overkwam en je regio. Je naam en "
            + "je gemeente gaan niet mee. Alleen een hulpverlener van die organisatie leest je vraag. We wissen je "
            + "vraag en het antwoord 30 dagen na het antwoord. Komt er geen antwoord, dan wissen we je vraag na 60 "
            + "dagen. Je antwoorden op de vragen blijven wel bewaard, zonder je vraag. Medewerkers die de hulp "
            + "verdelen of geven, kunnen ze zien. Ze tellen ook mee in cijfers over hoeveel mensen hulp vragen.")
    String safe_question_kept();
    @Message("Terug naar het begin") String back_to_start();

    @Message("Heb je eerder een vraag gesteld? Lees hier het antwoord met je code.") String start_pickup();
    @Message("Liever eerst een vraag stellen?") String advice_ask_title();
    @Message("Je kunt een hulpverlener ook een vraag stellen zonder je naam te geven. Je krijgt een code om later het antwoord te lezen.")
    String advice_ask();
    @Message("Stel een vraag zonder je naam") String advice_ask_button();

    @Message("Stel je vraag") String ask_title();
    @Message("Schrijf je vraag in je eigen woorden. Een hulpverlener van de organisatie die het beste past, leest hem en schrijft je terug.")
    String ask_intro();
    @Message("Schrijf geen naam, adres of telefoonnummer op, ook niet van iemand anders.") String ask_rule_anonymous();
    @Message("Je krijgt een code van vier woorden. Alleen met die code lees je het antwoord.") String ask_rule_code();
    @Message("We bewaren je vraag tot 30 dagen na het antwoord. Komt er geen antwoord, dan wissen we hem na 60 dagen.")
    String ask_rule_kept();
    @Message("Je antwoorden op de vragen gaan mee, zodat je vraag bij de goede organisatie komt. Die antwoorden "
            + "blijven bewaard, ook als je vraag gewist is.")
    String ask_rule_answers();
    @Message("Haast? Bel dan liever. Een antwoord kan een paar dagen duren.") String ask_rule_urgent();
    @Message("Hoogstens {max} tekens, zonder links.") String ask_hint(int max);
    @Message("Laat dit veld leeg") String ask_trap();
    @Message("Verstuur mijn vraag") String ask_send();
    @Message("{#when p}{#is 'EMPTY'}Schrijf eerst je vraag.{#is 'TOO_LONG'}Maak je vraag korter: hoogstens 2000 tekens.{#is 'PLAIN_TEXT'}Schrijf je vraag zonder links, webadressen of HTML.{#is 'NOT_SENT'}Je vraag is niet verstuurd. Probeer het nog eens.{#is 'SENT_BEFORE'}Deze vraag is al verstuurd. Kreeg je toen een code? Daarmee lees je het antwoord. Kreeg je geen code? Stel je vraag dan opnieuw.{#else}We kunnen je vraag nu niet versturen. Probeer het over een halve minuut nog eens. Je tekst staat hieronder nog klaar.{/when}")
    String ask_problem(String p);

    @Message("Je vraag is verstuurd") String code_title();
    @Message("Dit is je code. Schrijf hem op:") String code_intro();
    /** Casemanagers of the organisation that answers read the question and the answer in web: no more is promised. */
    @Message("We laten deze code maar één keer zien. Alleen wie de code heeft, kan het antwoord op deze website "
            + "lezen. De organisatie die je vraag beantwoordt, kan je vraag en het antwoord ook zien.")
    String code_once();
    @Message("Bewaar hem op een plek die alleen jij ziet. Een foto kan ook, maar die kan iemand anders op je telefoon vinden.")
    String code_where();
    @Message("Hoe lees je het antwoord?") String code_next_title();
    @Message("Kom over een paar dagen terug op deze website. Kies 'Lees het antwoord' en vul je code in.") String code_next();
    @Message("Je vraag en het antwoord worden 30 dagen na het antwoord gewist. Is er na 60 dagen geen antwoord, dan wissen we je vraag ook.")
    String code_kept();

    @Message("Lees het antwoord") String pickup_link();
    @Message("Lees het antwoord op je vraag") String pickup_title();
    @Message("Vul de code van vier woorden in die je kreeg toen je je vraag stelde.") String pickup_intro();
    @Message("Bijvoorbeeld: tafel wolk fiets appel. Hoofdletters en streepjes maken niet uit.") String pickup_hint();
    @Message("Lees het antwoord") String pickup_send();
    @Message("{#when p}{#is 'EMPTY'}Vul je code in: vier woorden.{#is 'NOT_FOUND'}We vinden geen vraag met deze code. Kijk of je de vier woorden goed hebt overgenomen. Na 30 dagen (of 60 zonder antwoord) is een vraag gewist.{#is 'UNREADABLE'}Je code klopt, maar we kunnen je vraag niet meer lezen door een fout bij ons. Opnieuw proberen helpt helaas niet. Stel je vraag opnieuw, of neem direct contact op met een van de organisaties.{#else}We kunnen het antwoord nu niet ophalen. Probeer het over een paar minuten nog eens.{/when}")
    String pickup_problem(String p);

    @Message("Het antwoord op je vraag") String answer_title();
    @Message("Antwoord van {help:organisation(org)}") String answer_from(String org);
    @Message("Nog geen antwoord") String answer_waiting_title();
    @Message("Er is nog geen antwoord op je vraag. Een hulpverlener kijkt ernaar. Kom over een paar dagen terug.")
    String answer_waiting();
    @Message("Je vraag") String your_question();
    @Message("Je vraag en het antwoord worden gewist op {date}.") String answer_erased_on(String date);
    /** Not "question and answer": an answer given later moves the day (intake's PickedUp). */
    @Message("Komt er geen antwoord, dan wissen we je vraag op {date}.") String answer_erased_unanswered(String date);
    @Message("Komt er wel een antwoord, dan wissen we je vraag en het antwoord {days} dagen daarna.")
    String answer_erased_after_answer(long days);

    @Message("Je vraag is te lang") String too_long_title();
    @Message("We hebben je vraag niet verstuurd, want hij is te lang. Een vraag mag hoogstens {max} tekens zijn. Begin opnieuw en maak je vraag korter.")
    String too_long(int max);

    @Message("Even wachten") String too_many_title();
    @Message("Er is net te vaak iets verstuurd vanaf deze verbinding. Probeer het over {minutes} {#if minutes == 1}minuut{#else}minuten{/if} nog eens.")
    String too_many(long minutes);
    @Message("Je tekst staat hieronder nog klaar. Verstuur hem dan opnieuw.") String ask_text_kept();

    /** kind: NOT_FOUND, REFUSED (any other 4xx), UNAVAILABLE (503) or FAILED (any other 5xx), from pages/ErrorPages. */
    @Message("{#when kind}{#is 'NOT_FOUND'}Deze pagina bestaat niet{#is 'UNAVAILABLE'}Dit lukt nu even niet"
            + "{#is 'FAILED'}Er ging bij ons iets mis{#else}Dit lukte niet{/when}")
    String error_title(String kind);
    @Message("{#when kind}{#is 'NOT_FOUND'}Misschien is het adres niet goed getypt, of bestaat de pagina niet meer."
            + "{#is 'UNAVAILABLE'}Probeer het over een paar minuten nog eens."
            + "{#is 'FAILED'}Dat ligt niet aan jou. Probeer het later nog eens, of begin opnieuw."
            + "{#else}We konden niet lezen wat er werd verstuurd. Begin opnieuw.{/when}")
    String error_text(String kind);
}
