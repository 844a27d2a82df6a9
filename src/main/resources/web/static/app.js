// CrampCare progressive enhancement. Every page works without this file; it only adds the
// heat/ice countdown timer, hides wizard questions that do not apply, and installs the service
// worker that keeps the public pages for use without a connection (sw.js). No inline script
// anywhere (the content security policy forbids it).
(function () {
  'use strict';

  // The page's words for what the script says, in the page's language (data-t-* on <body>).
  function text(name, value) {
    return (document.body.getAttribute('data-t-' + name) || '').replace('{0}', value);
  }

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function setUpTimer(box) {
    var minutes = parseInt(box.getAttribute('data-minutes'), 10);
    var button = box.querySelector('.timer-start');
    var display = box.querySelector('.timer-display');
    var status = box.querySelector('.timer-status');
    if (!minutes || !button || !display || !status) {
      return;
    }
    var handle = null;
    var startLabel = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      if (handle !== null) {
        clearInterval(handle);
        handle = null;
        display.hidden = true;
        button.textContent = startLabel;
        status.textContent = text('timer-stopped');
        return;
      }
      var end = Date.now() + minutes * 60 * 1000;
      display.hidden = false;
      display.textContent = format(minutes * 60);
      button.textContent = text('timer-stop');
      status.textContent = text('timer-started', minutes);
      handle = setInterval(function () {
        var left = Math.max(0, Math.round((end - Date.now()) / 1000));
        display.textContent = format(left);
        if (left === 0) {
          clearInterval(handle);
          handle = null;
          button.textContent = startLabel;
          status.textContent = text('timer-done');
        }
      }, 1000);
    });
  }

  // The answers on this page, read from the checked radio buttons and tick boxes (q.<item>).
  function answersOn(form) {
    var answers = {};
    var inputs = form.querySelectorAll('input[name^="q."]');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      var item = input.name.substring(2);
      if (input.type === 'checkbox') {
        answers[item] = answers[item] || [];
        if (input.checked && input.value !== 'none') {
          answers[item].push(input.value);
        }
      } else if (input.type === 'radio') {
        if (input.checked && input.value !== 'unknown') {
          answers[item] = input.value === 'yes' ? true : input.value === 'no' ? false : input.value;
        }
      } else if (input.value !== '') {
        answers[item] = Number(input.value);
      }
    }
    return answers;
  }

  // Evaluates a knowledge-file condition ({item, is|in|containsAny|nonEmpty|gte...}, not, any, all).
  // A missing answer never satisfies a test, exactly as on the server.
  function holds(c, answers) {
    if (c.not) { return !holds(c.not, answers); }
    if (c.any) { return c.any.some(function (p) { return holds(p, answers); }); }
    if (c.all) { return c.all.every(function (p) { return holds(p, answers); }); }
    var v = answers[c.item];
    if (v === undefined) { return false; }
    if ('is' in c) { return v === c.is; }
    if ('in' in c) { return c['in'].indexOf(v) >= 0; }
    if ('containsAny' in c) { return v.some(function (x) { return c.containsAny.indexOf(x) >= 0; }); }
    if ('nonEmpty' in c) { return v.length > 0; }
    if ('gte' in c) { return v >= c.gte; }
    if ('gt' in c) { return v > c.gt; }
    if ('lte' in c) { return v <= c.lte; }
    if ('lt' in c) { return v < c.lt; }
    if ('eq' in c) { return v === c.eq; }
    return true;
  }

  // Hides questions that do not apply given the answers above them (the server drops them too).
  function setUpConditionalQuestions(form) {
    var conditional = form.querySelectorAll('[data-ask-when]');
    if (conditional.length === 0) {
      return;
    }
    function update() {
      var answers = answersOn(form);
      for (var i = 0; i < conditional.length; i++) {
        conditional[i].hidden = !holds(JSON.parse(conditional[i].getAttribute('data-ask-when')), answers);
      }
    }
    form.addEventListener('change', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var timers = document.querySelectorAll('.timer');
    for (var i = 0; i < timers.length; i++) {
      setUpTimer(timers[i]);
    }
    var wizard = document.querySelector('form.wizard');
    if (wizard) {
      setUpConditionalQuestions(wizard);
    }
    fillTimeZone();
    setUpCsvFile();
    markOfflineCopy();
  });

  // Registered once the page has loaded, so that keeping the copies never competes with the page itself.
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () {
        // Without it every page still works online; there is nothing to tell the person.
      });
    });
  }

  // A page the service worker answered from its copy says so. When the connection is back (the
  // browser says so, or a quick check every 10 seconds gets through: phones often claim a signal
  // they do not have) the offline "log a cramp" page turns into the real diary, which sends the
  // cramps kept on the device; other copies offer the current page (a running timer is not cut
  // short). A form that could not be sent is never sent again by itself.
  var CHECK_EVERY_MS = 10000;

  function markOfflineCopy() {
    var how = document.documentElement.getAttribute('data-offline-copy');
    var main = document.getElementById('main');
    if (!how || !main) {
      return;
    }
    var note = document.createElement('p');
    note.className = 'offline-note';
    note.setAttribute('role', 'status');
    note.textContent = text('offline-copy');
    main.insertBefore(note, main.firstChild);
    var check = null;
    var back = false;
    function reconnected() {
      if (back) {
        return;
      }
      back = true;
      clearInterval(check);
      window.removeEventListener('online', reconnected);
      if (how === 'get' && document.querySelector('form.log-now:not([data-owner])')) {
        window.location.reload();
        return;
      }
      note.textContent = how === 'get' ? text('back-online') + ' ' : text('back-online-resend');
      if (how === 'get') {
        var link = document.createElement('a');
        link.href = window.location.href;
        link.textContent = text('load-current');
        note.appendChild(link);
      }
    }
    window.addEventListener('online', reconnected);
    check = setInterval(function () {
      if (document.visibilityState === 'hidden') {
        return;
      }
      fetch('/api/v1/health', {cache: 'no-store'}).then(function (response) {
        if (response.ok) {
          reconnected();
        }
      }, function () {
        // still offline
      });
    }, CHECK_EVERY_MS);
  }

  // "Your data": reads a chosen CSV file into the import box, so the form still posts plain text.
  function setUpCsvFile() {
    var input = document.getElementById('csv-file');
    var box = document.getElementById('csv');
    if (!input || !box || !window.FileReader) {
      return;
    }
    input.parentNode.hidden = false;
    input.addEventListener('change', function () {
      if (!input.files || !input.files[0]) {
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        box.value = String(reader.result);
      };
      reader.readAsText(input.files[0]);
    });
  }

  // The diary stores each cramp with the person's own time zone; without this script the server assumes UTC.
  // The zone also goes into the cc_zone cookie, so that the check-in page opens on the person's own "today".
  function fillTimeZone() {
    var zone = '';
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
      zone = '';
    }
    if (/^[A-Za-z0-9_+\/-]{1,64}$/.test(zone)) {
      document.cookie = 'cc_zone=' + zone + '; Path=/; SameSite=Strict; Max-Age=31536000' +
        (location.protocol === 'https:' ? '; Secure' : '');
    }
    var fields = document.querySelectorAll('input.time-zone');
    for (var i = 0; i < fields.length; i++) {
      if (!fields[i].value) {
        fields[i].value = zone;
      }
    }
  }
}());
