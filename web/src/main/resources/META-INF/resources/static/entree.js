// The little script Entree needs: hide contact details for anonymous contacts, keep the routing preview current, warn
// before the session ends, and keep a draft of the new-contact form in the tab. Everything else works without it.
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]');
  // A refused form: focus goes to the summary of what to correct (autofocus does the same without script).
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
  var session = sessionWarning();
  var draft = contactDraft();
  var form = document.getElementById('contact-form');
  if (!form) { return; }

  var anonymous = document.getElementById('anonymous');
  var details = document.getElementById('contact-details');
  function toggleDetails() { details.hidden = anonymous.checked; }
  if (anonymous && details) { anonymous.addEventListener('change', toggleDetails); toggleDetails(); }

  // Immediate danger: the pinned alert follows the box at once, whatever else is filled in; the preview panel on wide
  // screens sticks just below it instead of underneath it.
  var danger = document.getElementById('immediateDanger');
  var dangerAlert = document.getElementById('danger-alert');
  function toggleDanger() {
    dangerAlert.hidden = !danger.checked;
    document.documentElement.style.setProperty('--pin-offset',
      danger.checked ? (dangerAlert.offsetHeight + 16) + 'px' : '1rem');
  }
  if (danger && dangerAlert) {
    danger.addEventListener('change', toggleDanger);
    window.addEventListener('resize', toggleDanger);
    toggleDanger();
  }

  // One question about time: typing a date answers "on a known date", and another answer empties the date, so the
  // two can never disagree.
  var incidentDate = document.getElementById('incidentDate');
  var onDate = document.getElementById('when-DATE');
  if (incidentDate && onDate) {
    incidentDate.addEventListener('input', function () { if (incidentDate.value) { onDate.checked = true; } });
    form.addEventListener('change', function (e) {
      if (e.target.name === 'when' && e.target !== onDate) { incidentDate.value = ''; }
    });
  }

  // A municipality typed chooses its safety region, and says which one, so the casemanager never has to know the
  // region's code; matched as the server matches it (case, accents, apostrophes and hyphens do not matter).
  var municipality = document.getElementById('municipality');
  var region = document.getElementById('region');
  var liesIn = document.getElementById('municipality-region');
  function plain(name) {
    return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  }
  if (municipality && region && liesIn) {
    municipality.addEventListener('input', function () {
      var typed = plain(municipality.value);
      var match = Array.prototype.find.call(municipality.list.options, function (o) { return plain(o.value) === typed; });
      liesIn.textContent = match ? municipality.getAttribute('data-lies-in').replace('NAME', match.value)
        .replace('REGION', match.getAttribute('data-region-name')) : '';
      if (match && region.value !== match.getAttribute('data-region')) {
        region.value = match.getAttribute('data-region');
        region.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  }

  var preview = document.getElementById('preview');
  var timer = null;
  var sequence = 0;
  function refresh() {
    var mine = ++sequence;
    var body = new URLSearchParams(new FormData(form));
    ['summary', 'contact.name', 'contact.phone', 'contact.email', 'clientCode', 'csrf'].forEach(function (n) { body.delete(n); });
    fetch(preview.getAttribute('data-preview-url'), {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrf ? csrf.content : '' },
      body: body
    }).then(function (r) {
      // The session ended: say so where the user is, and keep the form (and its draft) rather than leave the page.
      if (r.redirected || r.status === 401) { session.ended(); return null; }
      session.endsAt(Number(r.headers.get('Entree-Session-Expires')));
      return r.text();
    }).then(function (html) {
      if (html !== null && mine === sequence) { preview.innerHTML = html; }
    }).catch(function () { /* the next change tries again */ });
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(refresh, 300); }
  form.addEventListener('change', schedule);
  form.addEventListener('input', function (e) { if (e.target.type === 'date') { schedule(); } });
  var sending = false;
  form.addEventListener('submit', function (e) {
    if (!session.hasEnded()) { return; }
    // Sent after the session ended, the contact would be lost on the sign-in page: keep it here instead. But the
    // page's clock only knows the end it was given: the identity provider's session may have been renewed since, so
    // ask the server first, and send the form as soon as it says the session goes on.
    e.preventDefault();
    if (sending) { return; }
    sending = true;
    session.renew(function (renewed) {
      sending = false;
      if (renewed) { form.submit(); } else { session.ended(); }
    });
  });
  if (draft.restored) { toggleDetails(); toggleDanger(); }
  refresh();

  // Never lose a running chat (issue 14, point 3): five minutes before the session ends a warning offers to extend
  // it; once it has ended, the page says so and links to signing in again, which returns here.
  function sessionWarning() {
    var box = document.getElementById('session-warning');
    var none = { ended: function () {}, hasEnded: function () { return false; },
      renew: function (done) { done(false); }, endsAt: function () {} };
    if (!box) { return none; }
    var expires = Number(box.getAttribute('data-expires')) * 1000;
    var extendUrl = box.getAttribute('data-extend');
    var warnTimer = null;
    var endTimer = null;
    // The warning sticks to the top of the window; the danger alert and the preview stick below it, never under it.
    function show(shown) {
      box.hidden = !shown;
      var height = shown ? box.getBoundingClientRect().height : 0;
      document.documentElement.style.setProperty('--warning-height', height + 'px');
    }
    window.addEventListener('resize', function () { show(!box.hidden); });
    function plan() {
      clearTimeout(warnTimer); clearTimeout(endTimer);
      warnTimer = setTimeout(function () { show(true); }, Math.max(0, expires - 5 * 60 * 1000 - Date.now()));
      endTimer = setTimeout(ended, Math.max(0, expires - Date.now()));
    }
    function ended() {
      clearTimeout(warnTimer); clearTimeout(endTimer);
      document.getElementById('session-expiring').hidden = true;
      document.getElementById('session-expired').hidden = false;
      show(true);
    }
    // A later end the server told (in seconds): the warning and the countdown start again from it.
    function endsAt(seconds) {
      if (!(seconds * 1000 > expires)) { return; }
      expires = seconds * 1000;
      document.getElementById('session-end').textContent = new Date(expires).toLocaleTimeString('nl-NL',
        { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
      document.getElementById('session-expiring').hidden = false;
      document.getElementById('session-expired').hidden = true;
      show(false);
      plan();
    }
    // Asks the server to extend the session, and calls done(true) once it ends later than the page thought.
    function renew(done) {
      if (!extendUrl) { done(false); return; }
      fetch(extendUrl, {
        method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf ? csrf.content : '' }
      }).then(function (r) { return r.ok && !r.redirected ? r.json() : null; }).then(function (renewed) {
        // An end that did not move is a refresh the identity provider refused: the session cannot be extended.
        if (!renewed || renewed.expiresAt * 1000 <= expires) { done(false); return; }
        // The page's forms were bound to the old session: without the new token every one of them is refused.
        if (csrf) { csrf.content = renewed.csrf; }
        document.querySelectorAll('input[name="csrf"]').forEach(function (i) { i.value = renewed.csrf; });
        endsAt(renewed.expiresAt);
        done(true);
      }).catch(function () { done(false); });
    }
    var extend = document.getElementById('session-extend');
    if (extend) {
      extend.addEventListener('click', function () {
        renew(function (renewed) {
          if (!renewed) { ended(); return; }
          var done = document.getElementById('session-extended');
          done.hidden = false;
          setTimeout(function () { done.hidden = true; }, 10000);
        });
      });
    }
    plan();
    return { ended: ended, renew: renew, endsAt: endsAt, hasEnded: function () { return Date.now() >= expires; } };
  }

  // A draft of the new-contact form in this tab's session storage: never on a server, never the person's name,
  // phone, e-mail or client code, and gone when the tab closes. It is cleared once the contact is saved.
  function contactDraft() {
    var KEY = 'entree.contact-draft';
    // The page's own keys stay the page's: a draft carrying an idempotency key could replay an earlier contact.
    var KEPT_OUT = ['contact.name', 'contact.phone', 'contact.email', 'clientCode', 'csrf', 'idempotencyKey'];
    var result = { restored: false };
    var storage;
    try { storage = window.sessionStorage; } catch (e) { return result; }
    if (!storage) { return result; }
    // Every version of the saved page, also one intake could not fill, and the form intake answered "saved before":
    // the contact is saved all the same.
    var saved = document.querySelector('[data-contact-saved]');
    var stored = null;
    try { stored = JSON.parse(storage.getItem(KEY)); } catch (e) { storage.removeItem(KEY); }
    if (saved && stored && stored.submitted) { storage.removeItem(KEY); }
    // Another person signed in to this tab (after the session ended, or over it) never gets this one's draft, nor
    // keeps it in the tab while working elsewhere. The sign-in page has no owner: the draft waits there.
    var owner = document.body.getAttribute('data-draft-owner');
    if (owner && stored && stored.owner !== owner) { storage.removeItem(KEY); stored = null; }
    var signOut = document.querySelector('form[action="/sign-out"]');
    if (signOut) { signOut.addEventListener('submit', function () { storage.removeItem(KEY); }); }
    var contactForm = document.getElementById('contact-form');
    // The form on the "saved before" page holds a saved contact: kept as a draft, "Nieuw contact" would bring it back.
    if (!contactForm || saved) { return result; }
    function write(submitted) {
      var fields = [];
      new FormData(contactForm).forEach(function (value, name) {
        if (KEPT_OUT.indexOf(name) < 0) { fields.push([name, value]); }
      });
      storage.setItem(KEY, JSON.stringify({ owner: owner, fields: fields, submitted: submitted }));
    }
    // A form the server refused already shows what was typed; otherwise an earlier draft of this tab comes back.
    if (stored && !contactForm.hasAttribute('data-refused')) {
      var fields = stored.fields || [];
      Array.prototype.forEach.call(contactForm.elements, function (el) {
        if (!el.name || KEPT_OUT.indexOf(el.name) >= 0) { return; }
        var values = fields.filter(function (f) { return f[0] === el.name; }).map(function (f) { return f[1]; });
        if (el.type === 'checkbox' || el.type === 'radio') { el.checked = values.indexOf(el.value) >= 0; }
        else if (values.length) { el.value = values[0]; }
      });
      result.restored = fields.length > 0;
      var notice = document.getElementById('draft-restored');
      notice.hidden = !result.restored;
      document.getElementById('draft-discard').addEventListener('click', function () {
        storage.removeItem(KEY);
        location.reload();
      });
    }
    contactForm.addEventListener('input', function () { write(false); });
    contactForm.addEventListener('change', function () { write(false); });
    contactForm.addEventListener('submit', function () { write(true); });
    return result;
  }
})();
