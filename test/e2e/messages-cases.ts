/**
 * Shared material for the malformed-message and hostile-page suites in both browsers:
 * the malformed requests an extension context sends to the background (each with the
 * error it must get back), and the fixture page that tries to drive the extension
 * through postMessage, DOM CustomEvents, look-alike custom elements and synthetic
 * pointer events.
 */
import { page } from './harness';

export const ENVELOPE_ERROR = /^Not a Briefing Lens request: expected an object \{ channel: "briefing-lens", name, params \}\.$/;

const env = (name: unknown, params?: unknown) => ({ channel: 'briefing-lens', name, params });
const HUGE = 'x'.repeat(2_000_000);

/** [label, message, the error it gets]. */
export const MALFORMED: [string, unknown, RegExp][] = [
  ['an unknown name', env('dropTables', {}), /^Unknown message "dropTables"\.$/],
  ['an inherited property as name', env('__proto__', {}), /^Unknown message "__proto__"\.$/],
  ['"constructor" as name', env('constructor', {}), /^Unknown message "constructor"\.$/],
  ['a huge unknown name', env(HUGE, {}), /^Unknown message "x{1000,}"\.$/],
  ['missing params', { channel: 'briefing-lens', name: 'getCard' }, /^Bad parameters for "getCard": "id" must be a non-empty string, got missing\.$/],
  ['null params', env('setPin', null), /^Bad parameters for "setPin": params must be an object, got null\.$/],
  ['params as a list', env('search', ['kishida']), /^Bad parameters for "search": params must be an object, got an array\.$/],
  ['a number id', env('getCard', { id: 42 }), /^Bad parameters for "getCard": "id" must be a non-empty string, got number 42\.$/],
  ['a string flag', env('setPin', { id: 'joe-biden', pinned: 'yes' }), /^Bad parameters for "setPin": "pinned" must be true or false, got "yes"\.$/],
  ['an object query', env('search', { query: { $gt: '' } }), /^Bad parameters for "search": "query" must be a string, got an object\.$/],
  ['a huge query', env('search', { query: HUGE }), /^Bad parameters for "search": "query" is longer than 200 characters\.$/],
  ['a huge id', env('getCard', { id: HUGE }), /^Bad parameters for "getCard": "id" is longer than 200 characters\.$/],
  ['a huge note', env('setNote', { id: 'joe-biden', text: HUGE }), /^Bad parameters for "setNote": "text" is longer than 20000 characters\.$/],
  ['a huge id list', env('getSummaries', { ids: Array.from({ length: 5000 }, (_, i) => `id-${i}`) }), /^Bad parameters for "getSummaries": "ids" has 5000 ids; at most 500 are allowed\.$/],
  ['an unknown setting', env('setSettings', { settings: { enabled: false, telemetry: true } }), /^Bad parameters for "setSettings": settings\.telemetry is not a known setting\.$/],
  ['a bad setting value', env('setSettings', { settings: { colour: 'url(https://evil.example/x)' } }), /^Bad parameters for "setSettings": settings\.colour must be a hex colour/],
  ['an extra field', env('ping', { admin: true }), /^Bad parameters for "ping": unexpected field "admin"\.$/],
  ['a site that is no hostname', env('setSiteEnabled', { site: '   ', enabled: false }), /^Bad parameters for "setSiteEnabled": "site" must be a hostname/],
  ['an import that is not an export file', env('importUserData', { data: { format: 'evil' } }), /not a Briefing Lens export file: "format" is "evil"/],
  ['a tab message sent to the background', env('settingsChanged', { settings: {} }), /^Unknown message "settingsChanged"\.$/],
  ['null', null, ENVELOPE_ERROR],
  ['a number', 42, ENVELOPE_ERROR],
  ['a bare string', 'ping', ENVELOPE_ERROR],
  ['a list', [env('ping', {})], ENVELOPE_ERROR],
  ['another channel', { channel: 'other-extension', name: 'ping', params: {} }, ENVELOPE_ERROR],
  ['a number as name', { channel: 'briefing-lens', name: 7, params: {} }, ENVELOPE_ERROR],
  ['no channel', { name: 'ping', params: {} }, ENVELOPE_ERROR],
];

/**
 * A page with highlights that, once `window.attack()` is called, tries every way a page
 * has to reach the extension: envelopes over window.postMessage (to itself and to
 * every frame), CustomEvents named like our channel and messages on document, window
 * and our host element, and synthetic pointer events resting on a highlighted name for
 * 1.5 s (the returned promise settles after them). It also
 * defines a custom element named like our UI host before the content script runs, whose
 * constructor takes the element's shadow root (Chromium upgrades our host with it; the
 * extension must move its cards to a host the page cannot name, and never expose them).
 */
export const HOSTILE_PAGE = page(
  'Hostile page',
  `<p id="lead" style="font: 32px/1.5 sans-serif">Prime Minister Fumio Kishida met <span id="biden">Joe Biden</span> at the White House.</p>
<p>Joe Biden welcomed Kishida again.</p>`,
  {
    head: `<script>
customElements.define('briefing-lens-ui', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }); }
  connectedCallback() { this.dispatchEvent(new CustomEvent('briefing-lens', { detail: { channel: 'briefing-lens', name: 'walkHighlight', params: { direction: 1 } } })); }
});
window.attack = function () {
  var names = ['setSettings', 'setSiteEnabled', 'setPin', 'setNote', 'importUserData', 'settingsChanged', 'walkHighlight', 'showMention', 'openDetails'];
  var params = {
    setSettings: { settings: { enabled: false, colour: '#000000' } },
    setSiteEnabled: { site: location.hostname, enabled: false },
    setPin: { id: 'joe-biden', pinned: true },
    setNote: { id: 'joe-biden', text: 'written by the page' },
    importUserData: { data: { format: 'briefing-lens-user-data', formatVersion: 1, pins: [{ id: 'joe-biden', pinnedAt: '2024-01-01T00:00:00Z' }] } },
    settingsChanged: { settings: { enabled: false } },
    walkHighlight: { direction: 1 },
    showMention: { id: 'joe-biden' },
    openDetails: { id: 'joe-biden' }
  };
  var sent = 0;
  names.forEach(function (name) {
    var envelope = { channel: 'briefing-lens', name: name, params: params[name] };
    window.postMessage(envelope, '*');
    window.postMessage(JSON.stringify(envelope), '*');
    for (var i = 0; i < frames.length; i++) frames[i].postMessage(envelope, '*');
    [document, window, document.documentElement].concat([].slice.call(document.querySelectorAll('briefing-lens-ui'))).forEach(function (target) {
      target.dispatchEvent(new CustomEvent('briefing-lens', { detail: envelope, bubbles: true, composed: true }));
      target.dispatchEvent(new CustomEvent(name, { detail: envelope.params, bubbles: true, composed: true }));
      target.dispatchEvent(new MessageEvent('message', { data: envelope }));
    });
    sent++;
  });
  var biden = document.getElementById('biden').getBoundingClientRect();
  var init = { clientX: biden.left + biden.width / 2, clientY: biden.top + biden.height / 2, bubbles: true, composed: true, pointerType: 'mouse' };
  return new Promise(function (resolve) {
    var rounds = 0;
    var timer = setInterval(function () {
      document.elementFromPoint(init.clientX, init.clientY).dispatchEvent(new PointerEvent('pointermove', init));
      document.dispatchEvent(new PointerEvent('pointermove', init));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
      if (++rounds === 30) { clearInterval(timer); resolve(sent); }
    }, 50);
  });
};
</script>`,
  },
);
