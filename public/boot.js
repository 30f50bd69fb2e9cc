// Runs in the head of every page the build writes, in an external file because the
// Content-Security-Policy allows no inline script. On a prerendered page, before it draws:
// 1. On an unprefixed (English) address, a visitor who chose Spanish or French, or whose browser
//    prefers it, moves to the same page under /es/ or /fr/, so English never flashes first.
// 2. The app's code is fetched only once the page is on screen. The HTML is complete and
//    readable by itself; starting the download earlier would only compete with the first paint.
// 3. Meanwhile a worker loads the locale's data for dates and numbers (intl-warm-up.js).
// In app.html (data-shell), the page the service worker answers every navigation with:
// 4. Asks at once for what the address needs (scripts/prerender/shell-preloads.ts), which the
//    app would ask for in three rounds, one after the other.
(function () {
  var script = document.currentScript;
  var base = script ? new URL('.', script.src).pathname : '/';

  // As the app picks it (src/app/start.ts): the saved choice, then the browser's languages.
  function chosenLanguage() {
    var supported = ['es', 'fr', 'en'];
    var choice = null;
    try {
      choice = localStorage.getItem('ascent:language');
    } catch {
      choice = null;
    }
    if (supported.indexOf(choice) >= 0) return choice;
    var preferred = navigator.languages || [navigator.language || 'en'];
    for (var i = 0; i < preferred.length; i += 1) {
      var tag = String(preferred[i]).toLowerCase().split('-')[0];
      if (supported.indexOf(tag) >= 0) return tag;
    }
    return 'en';
  }

  function innerPath() {
    var path = location.pathname;
    return path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\/+/, '');
  }

  function movedToLanguage() {
    var inner = innerPath();
    var first = inner.split('/')[0];
    if (first === 'es' || first === 'fr') return false;
    var choice = chosenLanguage();
    if (choice !== 'es' && choice !== 'fr') return false;
    location.replace(
      base + choice + (inner === '' ? '' : '/' + inner) + location.search + location.hash,
    );
    return true;
  }

  function preloadAll(files) {
    (files || '').split(' ').forEach(function (file) {
      if (file === '') return;
      var link = document.createElement('link');
      // A sheet linked now is one the app's loader finds and does not add again.
      link.rel = /\.css$/.test(file) ? 'stylesheet' : 'modulepreload';
      link.crossOrigin = '';
      link.href = base + file;
      document.head.appendChild(link);
    });
  }

  // src/storage/storage-contract.ts
  function hasSavedData() {
    try {
      return localStorage.getItem('ascent:data') !== null;
    } catch {
      return false;
    }
  }

  // The shell moves no address: the app does, without loading the page again.
  function preloadForAddress(shell) {
    var segments = innerPath().split('/').filter(Boolean);
    var first = segments[0] || '';
    var language = first === 'es' || first === 'fr' ? segments.shift() : chosenLanguage();
    // "plan", then "plan-catalog" for what the sub-page adds.
    var pageFiles = [];
    for (var depth = 1; depth <= segments.length; depth += 1) {
      var files = shell.getAttribute('data-page-' + segments.slice(0, depth).join('-'));
      if (files) pageFiles.push(files);
    }
    preloadAll(shell.getAttribute('data-texts-' + language + '-shell'));
    if (pageFiles.length > 0) {
      pageFiles.forEach(preloadAll);
      preloadAll(shell.getAttribute('data-texts-' + language + '-pages'));
    }
    if (hasSavedData()) preloadAll(shell.getAttribute('data-saved-data-check'));
  }

  if (script && script.hasAttribute('data-shell')) {
    preloadForAddress(script);
    return;
  }
  if (movedToLanguage() || !script) return;
  // An invitation link carries its code after the #: the rater page shows it is opening it.
  if (location.hash.length > 1) document.documentElement.setAttribute('data-link-code', '');
  var app = script.getAttribute('data-app');
  var preloads = (script.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  var steps = (script.getAttribute('data-steps') || '').split(' ').filter(Boolean);
  var isStarted = false;

  // Evaluating all the app's modules at once would be one long task: the build's start-up steps
  // (src/app/early) run first, each in a task of its own, and the app then finds them done.
  function runInTurn(scripts) {
    var module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = scripts[0];
    if (scripts.length > 1) {
      module.onload = module.onerror = function () {
        setTimeout(runInTurn, 0, scripts.slice(1));
      };
    }
    document.head.appendChild(module);
  }

  // Each request costs the main thread a moment, several times that on a slow phone: two per
  // task keeps every task short. The steps and the app come first, so nothing waits on them.
  function preloadInTurn(files, then) {
    for (var i = 0; i < Math.min(2, files.length); i += 1) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = files[i];
      document.head.appendChild(link);
    }
    if (files.length > 2) setTimeout(preloadInTurn, 0, files.slice(2), then);
    else setTimeout(then, 0);
  }

  // The locale's data for dates and numbers loads in a worker while the app's code downloads,
  // so the page's first formatted date is not one long task (intl-warm-up.js).
  function warmUpIntl() {
    if (!window.Worker) return;
    try {
      new Worker(base + 'intl-warm-up.js').postMessage(document.documentElement.lang || 'en');
    } catch {
      // Without the worker the first date is formatted a little later; nothing else changes.
    }
  }

  function start() {
    if (isStarted || !app) return;
    isStarted = true;
    warmUpIntl();
    var scripts = steps.concat(app);
    preloadInTurn(scripts.concat(preloads), function () {
      runInTurn(scripts);
    });
  }

  // The browser reports the first contentful paint once that frame is on screen: starting then
  // keeps the app's requests and work out of the way of it. A hidden tab paints nothing, so it
  // starts at once; a browser without paint timing, or one that never reports it, after 5 s.
  function startAfterPaint() {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (document.visibilityState === 'hidden' || !types || types.indexOf('paint') < 0) {
      start();
      return;
    }
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(start, 5000);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startAfterPaint);
  } else {
    startAfterPaint();
  }
})();
