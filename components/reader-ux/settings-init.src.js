// Applies saved reader settings to <html> before first paint (loaded synchronously in <head>).
// Versioned key; anything unreadable or odd falls back to defaults. Storage may throw (Safari
// private mode), so every access is guarded.
(function () {
  var d = document.documentElement;
  var allowed = {
    theme: ['system', 'light', 'dark'],
    pinyin: ['on', 'off'],
    pinyinLevel: ['0', '1', '2', '3', '4', '5', '6'],
    tones: ['on', 'off'],
    sandhi: ['on', 'off'],
    size: ['s', 'm', 'l', 'xl'],
    view: ['auto', 'side', 'interleaved', 'zh', 'en'],
    reveal: ['on', 'off'],
    script: ['hans', 'hant'],
  };
  var defaults = {
    theme: 'system',
    pinyin: 'on',
    pinyinLevel: '0',
    tones: 'off',
    sandhi: 'off',
    size: 'm',
    view: 'auto',
    reveal: 'off',
    script: 'hans',
  };
  var s = {};
  try {
    var raw = window.localStorage.getItem('duizhao:settings:v1');
    var parsed = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object') s = parsed;
  } catch {
    s = {};
  }
  for (var k in defaults) {
    var v = s[k];
    // pinyinLevel → data-pinyin-level ("0" = pinyin on every word; without JavaScript the attribute
    // is absent, which CSS treats the same)
    var attr =
      'data-' +
      k.replace(/[A-Z]/g, function (c) {
        return '-' + c.toLowerCase();
      });
    d.setAttribute(attr, allowed[k].indexOf(v) >= 0 ? v : defaults[k]);
  }
  d.setAttribute('data-js', 'on');

  // Simplified/Traditional (README, "Traditional characters"): remember a data-script-link click;
  // with "hant" saved, a Simplified reader page goes to its Traditional one (never back: no loop).
  var loc = window.location;
  var page = loc ? /^(\/[^\/]+\/articles\/[^\/.]+)(?:\.html)?\/?$/.exec(loc.pathname) : null;
  if (page && d.getAttribute('data-script') === 'hant' && !/[?&]script=hans(?:&|$)/.test(loc.search)) {
    loc.replace(page[1] + '/traditional' + loc.search + loc.hash);
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[data-script-link]') : null;
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var script = a.getAttribute('data-script-link');
    if (allowed.script.indexOf(script) < 0) return;
    d.setAttribute('data-script', script);
    try {
      // re-read: the panel may have saved other settings since
      var now = JSON.parse(window.localStorage.getItem('duizhao:settings:v1') || '{}');
      if (!now || typeof now !== 'object' || Array.isArray(now)) now = {};
      now.script = script;
      window.localStorage.setItem('duizhao:settings:v1', JSON.stringify(now));
    } catch {
      // not remembered; the link still works
    }
    if (loc && loc.hash) {
      e.preventDefault();
      loc.assign(a.getAttribute('href') + loc.hash);
    }
  });

  // A tap on a glossary term or a word before the reader's popover script is ready would follow
  // the no-JavaScript link to the glossary (throwing the reader out of the article) or do nothing,
  // and so would a press of a script-driven button (search, passage menu, Show English): the page
  // paints before the runtime is even requested (scripts/lib/defer-runtime.mjs). Hold the last such
  // tap; the popover replays it once the reader's scripts are live (components/popover/early-taps.ts).
  // Buttons that open a native popover (contents, settings) work without scripts and are left alone,
  // and once Next has started (window.next, set just before React hydrates) React replays a click on
  // a button it has not hydrated yet by itself: holding it too would press it twice.
  var held = [];
  function hold(e) {
    if (d.hasAttribute('data-popover')) return;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var pick = window.next
      ? '[data-term],[data-keyterm],[data-word]'
      : '[data-term],[data-keyterm],[data-word],button:not([popovertarget])';
    var t = e.target && e.target.closest ? e.target.closest(pick) : null;
    if (!t || !t.closest('.reader')) return;
    e.preventDefault();
    held = [t];
  }
  document.addEventListener('click', hold, true);
  window.__duizhaoEarlyTaps = {
    take: function () {
      document.removeEventListener('click', hold, true);
      var out = held;
      held = [];
      return out;
    },
  };
})();
