// The little script Entree needs: hide contact details for anonymous contacts, and keep the routing preview current.
// Everything works without it; the preview is the only thing that needs it.
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]');
  // A refused form: focus goes to the summary of what to correct (autofocus does the same without script).
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
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
      if (r.redirected) { window.location.href = r.url; return null; }
      return r.text();
    }).then(function (html) {
      if (html !== null && mine === sequence) { preview.innerHTML = html; }
    }).catch(function () { /* the next change tries again */ });
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(refresh, 300); }
  form.addEventListener('change', schedule);
  form.addEventListener('input', function (e) { if (e.target.type === 'date') { schedule(); } });
  refresh();
})();
