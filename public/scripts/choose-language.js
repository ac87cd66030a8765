// Language entry pages (/ and the /id/… identifiers): with JavaScript, follow
// the language link of the reader's language (a choice made here before wins
// over the browser's preference). Without JavaScript the page shows the links.
(function () {
  var KEY = 'archive-language';
  var links = document.querySelectorAll('a[data-choose-language]');
  var byLang = {};
  for (var i = 0; i < links.length; i++) {
    byLang[links[i].getAttribute('data-choose-language')] = links[i].href;
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
  var target = byLang[chosen]
    ? chosen
    : preferred.filter(function (lang) {
        return byLang[lang];
      })[0];
  if (target) location.replace(byLang[target]);
})();
