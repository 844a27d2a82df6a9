// CrampCare's "Log a cramp now", with or without a connection (issue #16).
// A tapped muscle is first kept on this device (localStorage: the time, time zone and muscle,
// nothing else), then sent to the diary's JSON API with an Idempotency-Key, so a cramp that is
// sent twice (an answer lost on the way, a retry) is stored once. What cannot be sent yet waits on
// the device, is listed on the page, and is sent when the diary page is open with a connection.
// Each kept cramp is marked with the account whose diary was last opened on this device and is
// only ever sent from that account's own diary page. Without JavaScript the form posts as before.
(function () {
  'use strict';

  // The page's words for what the script says, in the page's language (data-t-* on <body>).
  function text(name, value) {
    return (document.body.getAttribute('data-t-' + name) || '').replace('{0}', value);
  }
  var WAITING = 'crampcare.diary.waiting';
  var OWNER = 'crampcare.diary.owner';
  var LOCK = 'crampcare.diary.sending';
  var RETRY_MS = 5000;
  var API = '/api/v1/diary/cramps';

  function usable() {
    try {
      return !!(window.fetch && window.crypto && window.crypto.getRandomValues && window.localStorage);
    } catch (e) {
      return false;
    }
  }

  function read(key, fallback) {
    try {
      var value = JSON.parse(localStorage.getItem(key));
      return value === null ? fallback : value;
    } catch (e) {
      return fallback;
    }
  }

  function waiting() {
    var list = read(WAITING, []);
    return Array.isArray(list) ? list : [];
  }

  function store(list) {
    if (list.length) {
      localStorage.setItem(WAITING, JSON.stringify(list));
    } else {
      localStorage.removeItem(WAITING);
    }
  }

  // Changes one kept cramp in storage (read again first: another tab may have added one); null removes it.
  function change(key, how) {
    store(waiting().map(function (e) {
      return e.key === key ? how(e) : e;
    }).filter(function (e) {
      return e !== null;
    }));
  }

  // A random (version 4) UUID: the cramp's Idempotency-Key, the same on every try.
  function newKey() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) {
      return (x + 0x100).toString(16).slice(1);
    }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // One try: 'sent' (with the new id), 'wait' (no connection, busy server), 'signin' or 'refused'.
  function send(entry) {
    var body = {time: entry.time};
    if (entry.zone) {
      body.zone = entry.zone;
    }
    if (entry.muscle) {
      body.muscles = [entry.muscle];
    }
    return fetch(API, {method: 'POST', credentials: 'same-origin', cache: 'no-store',
      headers: {'Content-Type': 'application/json', 'Idempotency-Key': entry.key}, body: JSON.stringify(body)})
      .then(function (response) {
        if (response.ok) {
          return response.json().then(function (cramp) {
            return {kind: 'sent', id: cramp.id};
          }, function () {
            return {kind: 'sent', id: null};
          });
        }
        if (response.status === 401) {
          return {kind: 'signin'};
        }
        if (response.status === 400 || response.status === 413 || response.status === 415 || response.status === 422) {
          return response.json().then(function (problem) {
            var e = problem.error || {};
            return {kind: 'refused', message: (e.field ? e.field + ': ' : '') + (e.message || response.status)};
          }, function () {
            return {kind: 'refused', message: 'refused (' + response.status + ')'};
          });
        }
        return {kind: 'wait'};
      }, function () {
        return {kind: 'wait'};
      });
  }

  // Sends the owner's kept cramps one by one (one tab at a time), stopping at the first that must wait.
  function sendWaiting(owner) {
    var task = function () {
      var outcome = {sent: [], stop: null};
      var mine = waiting().filter(function (e) {
        return e.owner === owner && !e.refused;
      });
      return mine.reduce(function (chain, entry) {
        return chain.then(function () {
          if (outcome.stop) {
            return null;
          }
          return send(entry).then(function (result) {
            if (result.kind === 'sent') {
              change(entry.key, function () {
                return null;
              });
              outcome.sent.push({key: entry.key, id: result.id});
            } else if (result.kind === 'refused') {
              change(entry.key, function (e) {
                e.refused = result.message;
                return e;
              });
            } else {
              outcome.stop = result.kind;
            }
          });
        });
      }, Promise.resolve()).then(function () {
        return outcome;
      });
    };
    return navigator.locks && navigator.locks.request ? navigator.locks.request(LOCK, task) : task();
  }

  function setUpLogNow(form) {
    var box = form.parentNode;
    var owner = form.getAttribute('data-owner');
    var live = owner !== null;
    var status = box.querySelector('.log-status');
    var list = box.querySelector('.waiting');
    var retry = null;
    var buttons = form.querySelectorAll('button[name="muscle"]');

    function say(text) {
      status.textContent = text;
    }

    function label(muscle) {
      for (var i = 0; i < buttons.length; i++) {
        if (buttons[i].value === (muscle || 'unsure')) {
          return buttons[i].textContent.trim();
        }
      }
      return muscle || text('muscle-not-given');
    }

    function render() {
      var all = waiting();
      var mine = all.filter(function (e) {
        return e.owner === owner;
      });
      var ul = list.querySelector('.waiting-list');
      ul.textContent = '';
      mine.forEach(function (entry) {
        var li = document.createElement('li');
        var when = new Date(entry.time).toLocaleString([], {weekday: 'short', day: 'numeric', month: 'short',
          hour: '2-digit', minute: '2-digit'});
        li.appendChild(document.createTextNode(label(entry.muscle) + ', ' + when + ': '
          + (entry.refused ? text('not-accepted', entry.refused) : text('kept-not-sent')) + ' '));
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button quiet';
        remove.textContent = text('remove');
        remove.setAttribute('aria-label', text('remove-one', label(entry.muscle) + ', ' + when));
        remove.addEventListener('click', function () {
          change(entry.key, function () {
            return null;
          });
          render();
          say(text('removed'));
        });
        li.appendChild(remove);
        ul.appendChild(li);
      });
      var others = list.querySelector('.waiting-others');
      var count = live ? all.length - mine.length : 0;
      others.hidden = count === 0;
      others.textContent = '';
      if (count > 0) {
        others.appendChild(document.createTextNode(text(count === 1 ? 'others-one' : 'others-many', count) + ' '));
        var drop = document.createElement('button');
        drop.type = 'button';
        drop.className = 'button quiet';
        drop.textContent = text('remove-others');
        drop.addEventListener('click', function () {
          store(waiting().filter(function (e) {
            return e.owner === owner;
          }));
          render();
          say(text('removed'));
        });
        others.appendChild(drop);
      }
      list.hidden = mine.length === 0 && count === 0;
    }

    function report(outcome) {
      if (outcome.sent.length) {
        say(text(outcome.sent.length === 1 ? 'sent-one' : 'sent-many', outcome.sent.length));
      } else if (outcome.stop === 'signin') {
        say(text('sign-in-again'));
      } else if (outcome.stop === 'wait') {
        say(text('kept-offline'));
      }
    }

    function sendNow() {
      clearTimeout(retry);
      retry = null;
      return sendWaiting(owner).then(function (outcome) {
        render();
        if (outcome.stop === 'wait') {
          retry = setTimeout(sendNow, RETRY_MS);
        }
        return outcome;
      });
    }

    function log(button) {
      var zone = form.querySelector('input.time-zone');
      var entry = {key: newKey(), owner: owner, time: new Date().toISOString(), zone: zone ? zone.value : '',
        muscle: button.value === 'unsure' ? null : button.value};
      store(waiting().concat([entry]));
      if (!live) {
        render();
        say(text('kept-muscle', label(entry.muscle)));
        return;
      }
      form.setAttribute('aria-busy', 'true');
      sendNow().then(function (outcome) {
        form.removeAttribute('aria-busy');
        var sent = outcome.sent.filter(function (s) {
          return s.key === entry.key;
        })[0];
        if (sent) {
          window.location.assign(sent.id === null ? '/diary' : '/diary/cramps/' + sent.id + '?logged=1');
        } else {
          report(outcome);
        }
      });
    }

    if (live) {
      localStorage.setItem(OWNER, JSON.stringify(owner));
    } else {
      owner = read(OWNER, null);
      if (owner === null) {
        form.hidden = true;
        var hint = document.querySelector('.no-owner');
        if (hint) {
          hint.hidden = false;
        }
        return;
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        event.preventDefault();
        if (form.getAttribute('aria-busy') !== 'true') {
          log(event.currentTarget);
        }
      });
    }
    render();
    if (live) {
      window.addEventListener('online', sendNow);
      if (waiting().some(function (e) {
        return e.owner === owner && !e.refused;
      })) {
        sendNow().then(report);
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!usable()) {
      return;
    }
    var form = document.querySelector('form.log-now');
    if (form) {
      setUpLogNow(form);
    }
    // Signing out ends this device's link to the diary; kept cramps stay marked for their account.
    var signOut = document.querySelector('form[action="/account/signout"]');
    if (signOut) {
      signOut.addEventListener('submit', function () {
        localStorage.removeItem(OWNER);
      });
    }
  });
}());
