// With `?start=`, starts React (react.ts, which reads the variant) once the first contentful
// paint is reported, as the app's own boot script starts the app.
(function () {
  var start = new URLSearchParams(location.search).get('start');
  if (!start) return;
  new PerformanceObserver(function (list, observer) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.src = '/react.js';
      document.head.appendChild(script);
    }, 0);
  }).observe({ type: 'paint', buffered: true });
})();
