/*
 * Quick exit ("Snel weg"), after GOV.UK's "Exit this page": the button, Escape twice or Shift three times within
 * 5 seconds empty the page at once and replace it with a neutral site, so that Back does not return to it.
 *
 * The steps of the help finder, and every link between the front door's own pages, are fetched and shown in place, so
 * that the whole visit is one entry in the browser's history: leaving then leaves no earlier page behind to go Back
 * to. Without JavaScript every link and form still works as plain HTML.
 */
(function () {
  'use strict';

  var WINDOW_MS = 5000;
  var presses = { Escape: [], Shift: [] };
  var needed = { Escape: 2, Shift: 3 };

  // Read once, now: a page shown in place later, or one that failed to come, may no longer have the link, and the
  // exit must still lead to the neutral site rather than to a blank page that looks like something to hide.
  var EXIT_URL = (function () {
    var link = document.querySelector('a[data-exit]');
    return link ? link.href : 'about:blank';
  }());

  // Set once the person leaves: a page still being fetched must not come back on screen, nor its failure be said.
  var gone = false;

  function leave(event) {
    gone = true;
    if (event) {
      event.preventDefault();
    }
    document.title = '';
    document.body.innerHTML = '';
    window.location.replace(EXIT_URL);
  }

  function say(text) {
    var feedback = document.getElementById('exit-feedback');
    if (feedback) {
      feedback.textContent = text;
      keepClearOfHeader();
    }
  }

  // Shift counts only when pressed on its own: a Shift that types a capital or a "(" is writing, not leaving, and any
  // other key breaks a sequence. Without this, someone typing a question would be thrown off the page.
  var shiftAlone = false;

  function onKey(event) {
    if (event.key === 'Shift') {
      shiftAlone = !event.repeat;
      return;
    }
    shiftAlone = false;
    if (event.key !== 'Escape') {
      presses.Escape = [];
      presses.Shift = [];
      return;
    }
    count(event);
  }

  function onKeyUp(event) {
    if (event.key === 'Shift' && shiftAlone) {
      shiftAlone = false;
      count(event);
    }
  }

  function count(event) {
    var list = presses[event.key];
    if (!list || event.repeat) {
      return;
    }
    var now = Date.now();
    list.push(now);
    while (list.length && now - list[0] > WINDOW_MS) {
      list.shift();
    }
    var feedback = document.getElementById('exit-feedback');
    var left = needed[event.key] - list.length;
    if (left <= 0) {
      say(feedback ? feedback.dataset.leaving : '');
      leave();
    } else if (feedback) {
      say(feedback.getAttribute('data-' + event.key.toLowerCase() + '-' + left));
    }
  }

  function onClick(event) {
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link) {
      return;
    }
    if (link.hasAttribute('data-exit')) {
      leave(event);
    } else if (staysInPlace(link, event)) {
      event.preventDefault();
      if (link.hash && link.pathname === location.pathname && link.search === location.search) {
        toAnchor(link.hash.substring(1));
      } else {
        fetchPage(link.href, { method: 'GET' }, unreachable);
      }
    }
  }

  // A link to another page of the front door, followed in the same tab. A new tab, a download, a call or another
  // site is the person's own choice and is left to the browser.
  function staysInPlace(link, event) {
    return window.fetch && window.DOMParser && link.origin === location.origin && !link.target
        && !link.hasAttribute('download') && event.button === 0
        && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
  }

  // The sticky header must not cover what takes focus (WCAG 2.2 2.4.11): the browser scrolls a field reached with Tab
  // or Shift+Tab to below the scroll padding, which is the header's height as it is now. It wraps on a narrow screen
  // and grows with the feedback line; help.css has a height for a phone where this does not run.
  function keepClearOfHeader() {
    var top = document.querySelector('.top');
    if (top) {
      document.documentElement.style.scrollPaddingTop = Math.ceil(top.getBoundingClientRect().height + 8) + 'px';
    }
  }

  // Even a jump within the page (an error summary's link to its field) would add an entry to Back.
  function toAnchor(id) {
    var target = document.getElementById(id);
    if (!target) {
      return;
    }
    keepClearOfHeader();
    target.scrollIntoView({ block: 'start' });
    // A browser that scrolls into view without the scroll padding still leaves the target under the header.
    var top = document.querySelector('.top');
    var covered = top ? top.getBoundingClientRect().bottom + 8 - target.getBoundingClientRect().top : 0;
    if (covered > 0) {
      window.scrollBy(0, -covered);
    }
    if (!target.matches('input, select, textarea, button, a[href]') && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus({ preventScroll: true });
  }

  function fetchPage(url, request, otherwise) {
    request.credentials = 'same-origin';
    request.cache = 'no-store';
    request.referrerPolicy = 'no-referrer';
    request.headers = { 'Accept': 'text/html' };
    fetch(url, request).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('text/html') !== 0) {
        throw new Error('not a page');
      }
      return response.text();
    }).then(function (html) {
      // help answers with a page, an error too (a 404, a 400, a 500: pages/ErrorPages), and each has the quick exit,
      // so it is shown in place whatever its status. A page without it is not help's: an ingress's own 502 or 503
      // would take away the exit and the 112 banner, so the person stays on the page they have.
      var next = new DOMParser().parseFromString(html, 'text/html');
      if (!next.querySelector('a[data-exit]')) {
        throw new Error('not a page of ours');
      }
      show(next);
    }).catch(otherwise);
  }

  // Never a plain navigation or a native submit instead: it would leave an entry in the history for Back to return
  // to after the exit, or show a page without the exit.
  function unreachable() {
    var feedback = document.getElementById('exit-feedback');
    if (!gone && feedback) {
      say(feedback.dataset.unreachable);
    }
  }

  function show(next) {
    if (gone) {
      return;
    }
    document.title = next.title;
    document.documentElement.lang = next.documentElement.lang;
    document.body.replaceWith(document.adoptNode(next.body));
    keepClearOfHeader();
    window.scrollTo(0, 0);
    var focus = document.getElementById('error-summary') || document.querySelector('main h1') || document.getElementById('main');
    if (focus) {
      if (!focus.hasAttribute('tabindex')) {
        focus.setAttribute('tabindex', '-1');
      }
      focus.focus();
    }
  }

  function onSubmit(event) {
    var form = event.target;
    if (!window.fetch || !window.DOMParser || form.method.toLowerCase() !== 'post') {
      return;
    }
    event.preventDefault();
    // A second click while the first is on its way would send the form twice; the page that answers replaces the
    // form. A time, not a flag, so that a form the browser restores from its history can be sent again.
    var sending = Number(form.getAttribute('data-sending'));
    if (sending && Date.now() - sending < 15000) {
      return;
    }
    form.setAttribute('data-sending', String(Date.now()));
    var data = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    fetchPage(form.action, { method: 'POST', body: data }, function () {
      // The same form, its text kept, may be sent again at once; its key stores a question only once.
      form.removeAttribute('data-sending');
      unreachable();
    });
  }

  // Removed first: a browser that keeps the window's listeners across pages must not count each key twice.
  if (window.entreeQuickExit) {
    window.removeEventListener('keydown', window.entreeQuickExit.key, true);
    window.removeEventListener('keyup', window.entreeQuickExit.keyUp, true);
    document.removeEventListener('click', window.entreeQuickExit.click, true);
    document.removeEventListener('submit', window.entreeQuickExit.submit);
    window.removeEventListener('resize', window.entreeQuickExit.resize);
  }
  window.entreeQuickExit = { key: onKey, keyUp: onKeyUp, click: onClick, submit: onSubmit, resize: keepClearOfHeader };
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKeyUp, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('submit', onSubmit);
  window.addEventListener('resize', keepClearOfHeader);
  keepClearOfHeader();
}());
