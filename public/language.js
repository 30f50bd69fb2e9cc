// Runs before an unprefixed (English) page draws: a visitor who chose Spanish or French, or whose
// browser prefers it, moves to the same page under /es/ or /fr/, so English never flashes first.
// External, not inline, because the Content-Security-Policy allows no inline script.
(function () {
  var supported = ['es', 'fr', 'en'];
  var choice = null;
  try {
    choice = localStorage.getItem('ascent:language');
  } catch {
    choice = null;
  }
  if (supported.indexOf(choice) < 0) {
    var preferred = navigator.languages || [navigator.language || 'en'];
    for (var i = 0; i < preferred.length && choice === null; i += 1) {
      var tag = String(preferred[i]).toLowerCase().split('-')[0];
      if (supported.indexOf(tag) >= 0) choice = tag;
    }
  }
  if (choice !== 'es' && choice !== 'fr') return;
  var script = document.currentScript;
  var base = script ? new URL('.', script.src).pathname : '/';
  var path = location.pathname;
  var inner = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\/+/, '');
  var first = inner.split('/')[0];
  if (first === 'es' || first === 'fr') return;
  var target = base + choice + (inner === '' ? '' : '/' + inner);
  location.replace(target + location.search + location.hash);
})();
