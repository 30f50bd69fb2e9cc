// Runs in the head of app.html, the empty page the service worker answers every navigation with
// (and a server sends for an unknown address). Only the address says which page to draw, so the
// app would ask for the page's code, its texts and the checker of saved data once its own code
// had arrived and started: three rounds of requests, one after the other, before anything shows.
// Named here, they come in with the app's own code. The build writes what each page needs into
// this script's attributes (scripts/prerender/shell-preloads.ts); nothing else is read from them.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var base = new URL('.', script.src).pathname;

  function preload(files) {
    (files || '').split(' ').forEach(function (file) {
      if (file === '') return;
      var link = document.createElement('link');
      // A page's style sheet, linked now, is one the app's loader then finds and does not add.
      link.rel = /\.css$/.test(file) ? 'stylesheet' : 'modulepreload';
      link.crossOrigin = '';
      link.href = base + file;
      document.head.appendChild(link);
    });
  }

  function savedLanguage() {
    try {
      return localStorage.getItem('ascent:language');
    } catch {
      return null;
    }
  }

  // The key of src/storage/storage-contract.ts: the checker is needed only when it holds data.
  function hasSavedData() {
    try {
      return localStorage.getItem('ascent:data') !== null;
    } catch {
      return false;
    }
  }

  // As the app picks it (src/app/start.ts): the address, the saved choice, the browser's languages.
  function language(first) {
    var supported = ['en', 'es', 'fr'];
    if (first === 'es' || first === 'fr') return first;
    var choice = savedLanguage();
    if (supported.indexOf(choice) >= 0) return choice;
    var preferred = navigator.languages || [navigator.language || 'en'];
    for (var i = 0; i < preferred.length; i += 1) {
      var tag = String(preferred[i]).toLowerCase().split('-')[0];
      if (supported.indexOf(tag) >= 0) return tag;
    }
    return 'en';
  }

  var path = location.pathname;
  var inner = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\/+/, '');
  var segments = inner.split('/').filter(Boolean);
  var first = segments[0] || '';
  var chosen = language(first);
  if (first === 'es' || first === 'fr') segments.shift();
  // A page's code is listed under its path ("plan", then "plan-catalog" for what it adds).
  var pageFiles = [];
  for (var depth = 1; depth <= segments.length; depth += 1) {
    var files = script.getAttribute('data-page-' + segments.slice(0, depth).join('-'));
    if (files) pageFiles.push(files);
  }
  preload(script.getAttribute('data-texts-' + chosen + '-shell'));
  if (pageFiles.length > 0) {
    pageFiles.forEach(preload);
    preload(script.getAttribute('data-texts-' + chosen + '-pages'));
  }
  if (hasSavedData()) preload(script.getAttribute('data-saved-data-check'));
})();
