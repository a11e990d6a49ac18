// A built site opened from disk (file://) rather than from a web server. Pages link
// (and the search form) to folders (`../themes/`), which a server answers with the folder's index.html but a
// browser on disk shows as a file listing: here such links point at index.html
// itself. The search page cannot fetch its index from disk: it says so and offers the
// lists instead. On a web server this script does nothing.
(function () {
  if (location.protocol !== 'file:') return;
  function onDisk() {
    var targets = document.querySelectorAll('a[href], area[href], form[action]');
    for (var i = 0; i < targets.length; i++) {
      var attribute = targets[i].tagName === 'FORM' ? 'action' : 'href';
      var href = targets[i].getAttribute(attribute);
      // Only the site's own relative addresses: not `https:`, `mailto:`, `#top`, `/x`.
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === '#' || href.charAt(0) === '/') continue;
      var cut = href.search(/[?#]/);
      var path = cut < 0 ? href : href.slice(0, cut);
      var rest = cut < 0 ? '' : href.slice(cut);
      if (path === '') continue;
      if (path === '.' || path === '..') path += '/';
      if (path.charAt(path.length - 1) === '/') targets[i].setAttribute(attribute, path + 'index.html' + rest);
    }
    var search = document.getElementById('search-on-disk');
    if (search) {
      search.hidden = false;
      var form = document.querySelector('#search form');
      if (form) form.hidden = true;
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onDisk);
  else onDisk();
})();
