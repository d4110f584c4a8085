// Sets the page's theme before the first paint, so a dark page never flashes light. A file of
// its own (not an inline script) because the Content-Security-Policy allows only `script-src
// 'self'`. src/theme/theme.ts reads and writes the same key and attribute afterwards.
(function () {
  var saved = null;
  try {
    saved = window.localStorage.getItem('aa-theme');
  } catch {
    // Storage may be off (private mode, blocked cookies): follow the system.
  }
  var dark = saved === 'dark' || (saved !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
