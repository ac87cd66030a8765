// The language entry page (/): with JavaScript, go straight to the reader's
// language (a choice made here before wins over the browser's preference).
// Without JavaScript the page simply shows both links.
(function () {
  var KEY = 'archive-language';
  var offered = ['en', 'es'];
  var links = document.querySelectorAll('a[data-choose-language]');
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function (event) {
      try {
        localStorage.setItem(KEY, event.currentTarget.getAttribute('data-choose-language'));
      } catch (e) {}
    });
  }
  var chosen = null;
  try {
    chosen = localStorage.getItem(KEY);
  } catch (e) {}
  var preferred = (navigator.languages || [navigator.language || '']).map(function (tag) {
    return String(tag).slice(0, 2).toLowerCase();
  });
  var target =
    offered.indexOf(chosen) >= 0
      ? chosen
      : preferred.filter(function (lang) {
          return offered.indexOf(lang) >= 0;
        })[0];
  if (target) location.replace('/' + target + '/');
})();
