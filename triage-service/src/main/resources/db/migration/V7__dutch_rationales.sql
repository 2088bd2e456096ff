-- Rule sets now explain each decision in Dutch as well as English ("textNl" beside every "text"). Versions stored
-- before that get their Dutch here: where the English is one of the default rule set's, its Dutch; otherwise the
-- English again, until a coordinator publishes a version with Dutch of its own (docs/triage.md). Only the texts that
-- explain decisions change, never what a rule decides.
create temporary table dutch_rationale (en text primary key, nl text not null) on commit drop;
insert into dutch_rationale (en, nl) values
    ('Immediate danger: call 112 now. The lead organisation takes over once the person is safe.',
     'Direct gevaar: bel zelf 112 als de persoon dat niet kan. De leidende organisatie neemt het over zodra de persoon veilig is.'),
    ('Ask when it happened: if it was less than 7 days ago, forensic examination is still possible.',
     'Vraag wanneer het gebeurde: minder dan 7 dagen geleden is forensisch onderzoek nog mogelijk.'),
    ('No lead rule matched: a coordinator reviews this contact within 1 day.',
     'Geen regel past: een coördinator bekijkt dit contact binnen 1 dag en wijst het toe.'),
    ('Sexual violence less than 7 days ago: CSG acute casemanagement (11-13 h).',
     'Verkrachting, aanranding of misbruik, minder dan 7 dagen geleden: acuut casemanagement door het CSG (11 tot 13 uur).'),
    ('Exploitation or trafficking: Fier leads (treatment and shelter).',
     'Uitbuiting of mensenhandel: Fier leidt (behandeling en opvang).'),
    ('Domestic violence, child abuse, or sexual abuse of a minor at home: Veilig Thuis leads; the statutory safety assessment is due within 5 days.',
     'Huiselijk geweld, kindermishandeling, of seksueel geweld tegen een minderjarige thuis: Veilig Thuis leidt; het wettelijke veiligheidsonderzoek moet binnen 5 dagen.'),
    ('It happened in sport: Centrum Veilige Sport Nederland leads.',
     'Het gebeurde in de sport: Centrum Veilige Sport Nederland leidt.'),
    ('Online sexual abuse: Helpwanted leads; it can ask platforms to remove content at the victim''s explicit request.',
     'Online seksueel misbruik: Helpwanted leidt; op uitdrukkelijk verzoek van het slachtoffer vraagt het platforms beelden te verwijderen.'),
    ('Sextortion or content to remove: Helpwanted answers within 24 hours.',
     'Sextortion, of beelden die weg moeten: Helpwanted reageert binnen 24 uur.'),
    ('Sexual violence 7 days ago or more, or timing unknown: CSG non-acute help (psycho-education, advice and psychological care; 3.5 h).',
     'Verkrachting, aanranding of misbruik, 7 dagen of langer geleden of onbekend wanneer: niet-acute hulp door het CSG (voorlichting, advies en psychische zorg; 3,5 uur).'),
    ('Sexual harassment, a police referral, or a legal or practical need: Slachtofferhulp Nederland leads.',
     'Seksuele intimidatie, een verwijzing door de politie, of een juridische of praktische hulpvraag: Slachtofferhulp Nederland leidt.'),
    ('A victim under 18 at home: Veilig Thuis supports.',
     'Een slachtoffer jonger dan 18, thuis: Veilig Thuis ondersteunt.'),
    ('It happened in sport: Centrum Veilige Sport Nederland supports.',
     'Het gebeurde in de sport: Centrum Veilige Sport Nederland ondersteunt.'),
    ('Exploitation: Fier supports.',
     'Uitbuiting: Fier ondersteunt.'),
    ('Legal or practical needs, or a police referral: Slachtofferhulp Nederland supports, also through criminal proceedings.',
     'Een juridische of praktische hulpvraag, of een verwijzing door de politie: Slachtofferhulp Nederland ondersteunt, ook tijdens een strafzaak.'),
    ('Content to remove: Helpwanted supports, at the victim''s explicit request.',
     'Beelden die weg moeten: Helpwanted ondersteunt, op uitdrukkelijk verzoek van het slachtoffer.'),
    ('Psychological needs after sexual transgression: CSG supports.',
     'Behoefte aan psychische hulp na seksueel grensoverschrijdend gedrag: het CSG ondersteunt.');

create function add_dutch_rationales(node jsonb) returns jsonb language plpgsql as $$
declare
    result jsonb;
    k text;
    v jsonb;
begin
    if jsonb_typeof(node) = 'object' then
        result := '{}'::jsonb;
        for k, v in select * from jsonb_each(node) loop
            result := result || jsonb_build_object(k, add_dutch_rationales(v));
        end loop;
        if result ? 'text' and not result ? 'textNl' then
            result := result || jsonb_build_object('textNl',
                    coalesce((select nl from dutch_rationale where en = result ->> 'text'), result ->> 'text'));
        end if;
        return result;
    elsif jsonb_typeof(node) = 'array' then
        return coalesce((select jsonb_agg(add_dutch_rationales(e) order by i)
                         from jsonb_array_elements(node) with ordinality as t(e, i)), '[]'::jsonb);
    end if;
    return node;
end
$$;

update rule_set set document = jsonb_pretty(add_dutch_rationales(document::jsonb))
where document not like '%"textNl"%';

drop function add_dutch_rationales(jsonb);
