// CrampCare's service worker: keeps copies of the public pages so that they work without a connection.
// The server fills in VERSION (the build and the knowledge version) and PAGES (see ServiceWorkerScript).
// It never stores a person's pages: the copies are fetched without cookies, pages are only ever
// answered from the network while it works, and nothing the network answers is put in the cache.
'use strict';

var VERSION = '/* VERSION */';
var CACHE = 'crampcare-' + VERSION;
var PAGES = [/* PAGES */];
var OFFLINE = '/offline';
var DIARY_SHELL = '/diary/offline';
// How long a page may take before its saved copy is shown instead (a weak signal at night).
var COPY_AFTER_MS = 4000;
var OFFLINE_AFTER_MS = 10000;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(PAGES.map(function (url) {
      return fetch(new Request(url, {credentials: 'omit', cache: 'reload', redirect: 'error'}))
        .then(function (response) {
          if (!response.ok) {
            throw new Error(url + ' answered ' + response.status);
          }
          return cache.put(url, response);
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
    event.respondWith(request.method === 'GET' ? page(request, url, key) : posted(request));
  } else if (request.method === 'GET' && PAGES.indexOf(key) >= 0) {
    event.respondWith(saved(key).then(function (copy) {
      return copy || fetch(request);
    }));
  }
});

// Pages come from the network; the saved copy (or the offline page) only when it fails or is too slow.
function page(request, url, key) {
  var hasCopy = PAGES.indexOf(key) >= 0;
  return within(fetch(request), hasCopy ? COPY_AFTER_MS : OFFLINE_AFTER_MS).catch(function () {
    return copyOf(hasCopy ? key : fallback(url.pathname), 'get');
  });
}

// A form that cannot be sent gets the offline page: never a saved or made-up answer (no result is ever saved).
function posted(request) {
  return fetch(request).catch(function () {
    return copyOf(OFFLINE, 'post');
  });
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
    return cache.match(key);
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
      return new Response(html.replace('<html lang="en"', '<html lang="en" data-offline-copy="' + how + '"'),
        {status: 200, statusText: 'OK', headers: headers});
    });
  });
}
