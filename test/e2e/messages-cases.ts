/**
 * Shared material for the malformed-message and hostile-page suites in both browsers:
 * the malformed requests an extension context sends to the background (each with the
 * coded error it must get back), and the fixture page that tries to drive the extension
 * through postMessage, DOM CustomEvents, look-alike custom elements and synthetic
 * pointer events.
 */
import { expect } from 'vitest';
import { page } from './harness';

export const ENVELOPE_ERROR = {
  code: 'not-a-request',
  message: expect.stringMatching(/^Not a Briefing Lens request: expected an object \{ channel: "briefing-lens", name, params \}\.$/) as string,
};

const env = (name: unknown, params?: unknown) => ({ channel: 'briefing-lens', name, params });
const HUGE = 'x'.repeat(2_000_000);
const unknown = (pattern: RegExp) => ({ code: 'unknown-message', message: expect.stringMatching(pattern) as string });
/** A bad-params error with exactly these issues (code and path, and the expected shape where given). */
const badParams = (...issues: { code: string; path: string; expected?: string }[]) => ({ code: 'bad-params', issues });

/** [label, message, what its error must match]. */
export const MALFORMED: [string, unknown, object][] = [
  ['an unknown name', env('dropTables', {}), unknown(/^Unknown message "dropTables"\.$/)],
  ['an inherited property as name', env('__proto__', {}), unknown(/^Unknown message "__proto__"\.$/)],
  ['"constructor" as name', env('constructor', {}), unknown(/^Unknown message "constructor"\.$/)],
  ['a huge unknown name', env(HUGE, {}), unknown(/^Unknown message "x{1000,}"\.$/)],
  ['missing params', { channel: 'briefing-lens', name: 'getCard' }, badParams({ code: 'missing', path: '', expected: 'object' })],
  ['null params', env('setPin', null), badParams({ code: 'invalid-type', path: '', expected: 'object' })],
  ['params as a list', env('search', ['kishida']), badParams({ code: 'invalid-type', path: '', expected: 'object' })],
  ['a number id', env('getCard', { id: 42 }), badParams({ code: 'invalid-type', path: 'id', expected: 'text' })],
  ['a string flag', env('setPin', { id: 'joe-biden', pinned: 'yes' }), badParams({ code: 'invalid-type', path: 'pinned', expected: 'boolean' })],
  ['an object query', env('search', { query: { $gt: '' } }), badParams({ code: 'invalid-type', path: 'query', expected: 'text' })],
  ['a huge query', env('search', { query: HUGE }), badParams({ code: 'too-long', path: 'query', expected: 'text ≤ 200' })],
  ['a huge id', env('getCard', { id: HUGE }), badParams({ code: 'too-long', path: 'id', expected: 'text ≤ 200' })],
  ['a huge note', env('setNote', { id: 'joe-biden', text: HUGE }), badParams({ code: 'too-long', path: 'text', expected: 'text ≤ 20000' })],
  ['a huge id list', env('getSummaries', { ids: Array.from({ length: 5000 }, (_, i) => `id-${i}`) }), badParams({ code: 'too-many', path: 'ids', expected: 'list ≤ 500' })],
  ['an unknown setting', env('setSettings', { settings: { enabled: false, telemetry: true } }), badParams({ code: 'unknown-field', path: 'settings.telemetry' })],
  ['a bad setting value', env('setSettings', { settings: { colour: 'url(https://evil.example/x)' } }), badParams({ code: 'invalid-value', path: 'settings.colour', expected: 'hex-colour #rrggbb' })],
  ['an extra field', env('ping', { admin: true }), badParams({ code: 'unknown-field', path: 'admin' })],
  ['a site that is no hostname', env('setSiteEnabled', { site: '   ', enabled: false }), badParams({ code: 'invalid-value', path: 'site', expected: 'hostname example.com' })],
  ['an import that is not an export file', env('importUserData', { data: { format: 'evil' } }), { code: 'not-an-export-file' }],
  ['a tab message sent to the background', env('settingsChanged', { settings: {} }), unknown(/^Unknown message "settingsChanged"\.$/)],
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
