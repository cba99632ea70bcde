// Light or dark: the reader's choice (kept in localStorage) wins over the system preference. Loaded
// in <head> before the first paint; wires the header's toggle once the page is parsed.
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    stored = localStorage.getItem('baton-theme');
  } catch (error) {
    // Storage can be blocked; the system preference still applies.
  }
  if (stored === 'light' || stored === 'dark') root.setAttribute('data-theme', stored);

  function current() {
    var chosen = root.getAttribute('data-theme');
    if (chosen === 'light' || chosen === 'dark') return chosen;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    function show() {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
    button.hidden = false;
    show();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        localStorage.setItem('baton-theme', next);
      } catch (error) {
        // The choice lasts for this page only.
      }
      show();
    });
  });
})();
