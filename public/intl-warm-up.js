// Started by boot.js, on a thread of its own. The first Intl formatter a page makes costs
// 30–60 ms (measured in Chromium on a 2-core machine): the browser loads the locale's data then,
// once per process, inside whichever render asks first. A worker runs in the same process, so
// when it asks first, the page's own first date or number later costs under a millisecond.
self.onmessage = function (event) {
  var language = typeof event.data === 'string' ? event.data : 'en';
  new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(0);
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(1.5);
  new Intl.PluralRules(language).select(1);
  self.close();
};
