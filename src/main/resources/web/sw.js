// CrampCare's service worker: keeps copies of the public pages so that they work without a connection.
// The server fills in VERSION (the build and the knowledge version), PAGES, LOCALIZED and LANGUAGES
// (see ServiceWorkerScript). It never stores a person's pages: the copies are fetched without
// cookies, pages are only ever answered from the network while it works, and nothing the network
// answers is put in the cache. Each page in LOCALIZED is kept once per language, under its address
// with ?lang=<language> (so the cache key says the language); offline, the copy is in the language
// of the last page the network answered (its Content-Language), else the browser's, else English.
'use strict';

var VERSION = '/* VERSION */';
var CACHE = 'crampcare-' + VERSION;
var PAGES = [/* PAGES */];
var LOCALIZED = [/* LOCALIZED */];
var LANGUAGES = [/* LANGUAGES */];
// Where the language of the last page from the network is noted, in the cache (workers are stopped often).
var LANGUAGE_NOTE = '/.crampcare-language';
var OFFLINE = '/offline';
var DIARY_SHELL = '/diary/offline';
// How long a page may take before its saved copy is shown instead (a weak signal at night).
var COPY_AFTER_MS = 4000;
var OFFLINE_AFTER_MS = 10000;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    var keys = [];
    PAGES.forEach(function (url) {
      if (LOCALIZED.indexOf(url) < 0) {
        keys.push(url);
      } else {
        LANGUAGES.forEach(function (language) {
          keys.push(inLanguage(url, language));
        });
      }
    });
    return Promise.all(keys.map(function (key) {
      return fetch(new Request(key, {credentials: 'omit', cache: 'reload', redirect: 'error'}))
        .then(function (response) {
          if (!response.ok) {
            throw new Error(key + ' answered ' + response.status);
          }
          return cache.put(key, response);
        });
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

// A new version replaces the old copies at once: every other CrampCare cache is deleted.
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('crampcare-') === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) {
    return;
  }
  var key = url.pathname + url.search;
  if (request.mode === 'navigate') {
    event.respondWith(request.method === 'GET' ? page(request, url) : posted(request));
  } else if (request.method === 'GET' && PAGES.indexOf(key) >= 0) {
    event.respondWith(saved(key).then(function (copy) {
      return copy || fetch(request);
    }));
  }
});

// Pages come from the network; the saved copy (or the offline page) only when it fails or is too slow.
function page(request, url) {
  var asked = url.searchParams.get('lang');
  var plain = withoutLanguage(url);
  var hasCopy = PAGES.indexOf(plain) >= 0;
  return within(fetch(request).then(noteLanguage), hasCopy ? COPY_AFTER_MS : OFFLINE_AFTER_MS).catch(function () {
    return language(asked).then(function (chosen) {
      return copyOf(inLanguage(hasCopy ? plain : fallback(url.pathname), chosen), 'get');
    });
  });
}

// A form that cannot be sent gets the offline page: never a saved or made-up answer (no result is ever saved).
function posted(request) {
  return fetch(request).then(noteLanguage).catch(function () {
    return language(null).then(function (chosen) {
      return copyOf(inLanguage(OFFLINE, chosen), 'post');
    });
  });
}

// Notes the language of a page the network answered, so that copies shown later are in it too.
function noteLanguage(response) {
  var spoken = (response.headers.get('Content-Language') || '').toLowerCase();
  if (LANGUAGES.indexOf(spoken) >= 0) {
    caches.open(CACHE).then(function (cache) {
      return cache.put(LANGUAGE_NOTE, new Response(spoken));
    });
  }
  return response;
}

// The language of a copy: the one the address asks for, else the last page's, else the browser's, else English.
function language(asked) {
  if (LANGUAGES.indexOf(asked) >= 0) {
    return Promise.resolve(asked);
  }
  return saved(LANGUAGE_NOTE).then(function (note) {
    return note ? note.text() : '';
  }).then(function (noted) {
    if (LANGUAGES.indexOf(noted) >= 0) {
      return noted;
    }
    var browser = String(self.navigator.language || '').toLowerCase().split('-')[0];
    return LANGUAGES.indexOf(browser) >= 0 ? browser : LANGUAGES[0];
  });
}

function inLanguage(path, language) {
  var url = new URL(path, self.location.origin);
  url.searchParams.set('lang', language);
  return url.pathname + url.search;
}

function withoutLanguage(url) {
  var plain = new URL(url.href);
  plain.searchParams.delete('lang');
  return plain.pathname + plain.search;
}

function fallback(path) {
  var diary = path === '/diary' || path.indexOf('/diary/') === 0;
  return diary && PAGES.indexOf(DIARY_SHELL) >= 0 ? DIARY_SHELL : OFFLINE;
}

function within(promise, ms) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
      reject(new Error('slow'));
    }, ms);
    promise.then(function (response) {
      clearTimeout(timer);
      resolve(response);
    }, function (error) {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function saved(key) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(key, {ignoreVary: true});
  });
}

// The saved page, marked as a copy (app.js then says so, and reloads it when the connection is back).
function copyOf(key, how) {
  return saved(key).then(function (copy) {
    if (!copy) {
      return Response.error();
    }
    // The security headers (the content security policy above all) stay; the length changes.
    var headers = new Headers(copy.headers);
    headers.delete('Content-Length');
    headers.delete('Content-Encoding');
    return copy.text().then(function (html) {
      return new Response(html.replace(/<html lang="([a-z-]+)"/, '<html lang="$1" data-offline-copy="' + how + '"'),
        {status: 200, statusText: 'OK', headers: headers});
    });
  });
}
