-- A service writes its sentences in English and a Dutch page translates them (common's ServiceSentences), so that an
-- English page never shows Dutch. The escalation and the referral taken over wrote theirs in Dutch; the entries
-- already written so are put in the English the service writes now, which Dutch pages translate back.
update case_transition
set reason = 'Not accepted within the response time: escalated to the coordinators.'
where event = 'ESCALATED'
  and reason = 'Niet geaccepteerd binnen de reactietermijn: geëscaleerd naar de coördinatoren';

update case_transition
set reason = regexp_replace(reason,
        '^Doorverwijzing (\w+) \(gevraagd (\d{2})-(\d{2})-(\d{4})\) van (\w+) overgenomen door (\w+): (\w+) werkt niet meer aan de zaak$',
        'Referral \1 (asked \4-\3-\2) by \5 taken over by \6: \7 no longer works on the case.')
where event = 'REFERRAL_TAKEN_OVER';
