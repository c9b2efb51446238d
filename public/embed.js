/* Orga widgets for partner portals (EMB-1): the one script a host page includes.
 *
 *   <div data-orga-widget="members" data-orga-org="ORG_ID" data-orga-token-url="/orga-token"
 *        data-orga-lang="fr" data-orga-theme='{"accent":"#7a2e8f","radius":12}'></div>
 *   <script src="https://console.example/embed.js" async></script>
 *
 * Each such element gets an iframe of Orga's widget page. When the widget asks for a
 * token, this script POSTs {widget, org} to the token URL (the partner's own backend,
 * which mints one with its API key: POST /api/embed/mint_token) and hands the answer
 * {token, expires_at} to the widget by postMessage, at Orga's exact origin. The iframe
 * follows the widget's height; every change the widget reports is dispatched on the
 * element as an `orga:changed` event (detail: the message). Or, from code:
 * OrgaWidgets.mount(element, {widget, org, lang, theme, getToken: async () => ({token, expires_at})}).
 * No framework, no cookie, nothing stored. */
(function () {
  'use strict';
  var script = document.currentScript;
  var orga = new URL(script ? script.src : location.href).origin;
  var titles = { organization_switcher: 'Organizations', members: 'Members', security: 'Security', profile: 'Profile' };

  function tokenFrom(url, widget, org) {
    return function () {
      return fetch(url, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ widget: widget, org: org })
      }).then(function (res) {
        if (!res.ok) throw new Error('token refused: ' + res.status);
        return res.json();
      });
    };
  }

  function mount(el, o) {
    if (!titles[o.widget] || !o.org || !o.getToken) throw new Error('OrgaWidgets.mount: widget, org and getToken are needed');
    var frame = document.createElement('iframe');
    var q = new URLSearchParams({ org: o.org, host: location.origin, lang: o.lang || document.documentElement.lang || 'en' });
    frame.src = orga + '/embed/' + o.widget + '?' + q.toString();
    frame.title = o.title || titles[o.widget];
    frame.setAttribute('style', 'display:block;width:100%;border:0;height:120px;color-scheme:normal');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    el.appendChild(frame);
    function send(message) {
      if (frame.contentWindow) frame.contentWindow.postMessage(message, orga);
    }
    function giveToken() {
      o.getToken().then(function (t) {
        send({ type: 'orga:token', token: t.token, expires_at: t.expires_at });
      }, function (e) {
        el.dispatchEvent(new CustomEvent('orga:error', { detail: { widget: o.widget, message: String(e) }, bubbles: true }));
      });
    }
    window.addEventListener('message', function (ev) {
      if (ev.source !== frame.contentWindow || ev.origin !== orga || !ev.data || typeof ev.data.type !== 'string') return;
      var m = ev.data;
      if (m.type === 'orga:ready') {
        if (o.theme) send({ type: 'orga:theme', theme: o.theme });
      } else if (m.type === 'orga:token_request') {
        giveToken();
      } else if (m.type === 'orga:height' && typeof m.height === 'number') {
        frame.style.height = Math.max(40, Math.min(m.height, 10000)) + 'px';
      } else if (m.type === 'orga:changed' || m.type === 'orga:expired') {
        el.dispatchEvent(new CustomEvent(m.type, { detail: m, bubbles: true }));
        if (o.onChange && m.type === 'orga:changed') o.onChange(m);
      }
    });
    return {
      frame: frame,
      setLanguage: function (lang) { send({ type: 'orga:language', lang: lang }); },
      setTheme: function (theme) { send({ type: 'orga:theme', theme: theme }); }
    };
  }

  function mountAll() {
    var els = document.querySelectorAll('[data-orga-widget]');
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (el.getAttribute('data-orga-mounted')) continue;
      el.setAttribute('data-orga-mounted', '1');
      var widget = el.getAttribute('data-orga-widget'), org = el.getAttribute('data-orga-org');
      var theme = null;
      try { theme = JSON.parse(el.getAttribute('data-orga-theme') || 'null'); } catch (e) { theme = null; }
      mount(el, {
        widget: widget, org: org, lang: el.getAttribute('data-orga-lang'), theme: theme,
        title: el.getAttribute('data-orga-title'),
        getToken: tokenFrom(el.getAttribute('data-orga-token-url'), widget, org)
      });
    }
  }

  window.OrgaWidgets = { mount: mount, mountAll: mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
