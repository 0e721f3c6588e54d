// Privacy and least privilege, read from the built extension (both browsers, built into a
// temp folder): no network or dynamic-code API in any bundle (the one `fetch` reads the
// extension's own packaged data through runtime.getURL), no remote URL anywhere in code,
// HTML or CSS except XML namespace names and one example string, pages load only
// packaged files, and the manifests have exactly the reviewed permissions and a strict
// extension-pages CSP.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../../scripts/lib/build';
import { TARGETS, type Target } from '../../../scripts/lib/manifest';

let outDir: string;
const files = new Map<Target, Map<string, string>>();

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'briefing-lens-privacy-'));
  await buildExtension({ outDir });
  for (const target of TARGETS) {
    const texts = new Map<string, string>();
    for (const name of await readdir(join(outDir, target))) {
      if (/\.(js|html|css|json)$/.test(name)) texts.set(name, await readFile(join(outDir, target, name), 'utf8'));
    }
    files.set(target, texts);
  }
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function code(target: Target): [string, string][] {
  return [...files.get(target)!].filter(([name]) => name.endsWith('.js'));
}

function manifest(target: Target): Record<string, unknown> {
  return JSON.parse(files.get(target)!.get('manifest.json')!) as Record<string, unknown>;
}

/** Network, beacon and dynamic-code APIs no bundle may mention at all. */
const FORBIDDEN = [
  'XMLHttpRequest',
  'WebSocket',
  'sendBeacon',
  'EventSource',
  'RTCPeerConnection',
  'WebTransport',
  'importScripts',
  'eval(',
  'new Function',
  'Function(',
  'setTimeout("',
  "setTimeout('",
  'setInterval("',
  "setInterval('",
];

/**
 * Every absolute URL literal the bundles are allowed to contain: XML namespace names
 * Preact uses to create SVG and MathML elements (identifiers, never requested), and the
 * example URL in a localised message's placeholder (text, never requested).
 */
const ALLOWED_URLS = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml', 'https://example.com/news']);

describe.each(TARGETS)('%s build', (target) => {
  it('has the five bundles', () => {
    expect(code(target).map(([name]) => name).sort()).toEqual(['background.js', 'content.js', 'options.js', 'popup.js', 'sidepanel.js']);
  });

  it.each(FORBIDDEN)('no bundle contains %s', (needle) => {
    for (const [name, text] of code(target)) expect({ name, found: text.includes(needle) }).toEqual({ name, found: false });
  });

  it('calls fetch exactly once, in the background, on a packaged file URL from runtime.getURL', () => {
    const calls = code(target).flatMap(([name, text]) => [...text.matchAll(/\bfetch\(([^)]*\))/g)].map((m) => ({ name, arg: m[1]! })));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.name).toBe('background.js');
    expect(calls[0]!.arg).toMatch(/^[\w$]+(\.[\w$]+)*\.runtime\.getURL\([\w$]+\)$/);
  });

  it('contains no remote URL in code, pages or styles besides namespace names and one example', () => {
    const urls = new Set<string>();
    for (const [name, text] of files.get(target)!) {
      if (name === 'manifest.json') continue;
      for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\<>]*/g)) urls.add(m[0]);
    }
    expect([...urls].filter((url) => !ALLOWED_URLS.has(url))).toEqual([]);
  });

  it('has pages that load only their own packaged script and stylesheet, with no inline script', () => {
    for (const page of ['popup', 'options']) {
      const html = files.get(target)!.get(`${page}.html`)!;
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.map((m) => m[1]!.trim())).toEqual([`src="${page}.js"`]);
      expect(scripts.every((m) => m[2]!.trim() === '')).toBe(true);
      const links = [...html.matchAll(/<link\b[^>]*href="([^"]*)"/g)].map((m) => m[1]);
      expect(links).toEqual([`${page}.css`]);
    }
  });

  it('has styles with no @import and no url() outside data: URIs', () => {
    for (const [name, text] of files.get(target)!) {
      if (!name.endsWith('.css')) continue;
      expect(text).not.toMatch(/@import/);
      expect([...text.matchAll(/url\(\s*['"]?([^'")]*)/g)].map((m) => m[1]).filter((u) => !u!.startsWith('data:'))).toEqual([]);
    }
  });

  it('asks for exactly the reviewed permissions: the context menu and (Chrome) the side panel, no host permissions, content script on all pages', () => {
    const m = manifest(target);
    expect(m.permissions).toEqual(target === 'chrome' ? ['contextMenus', 'sidePanel'] : ['contextMenus']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable', 'update_url']) {
      expect({ key, value: m[key] }).toEqual({ key, value: undefined });
    }
    expect(m.content_scripts).toEqual([{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true }]);
  });

  it('sets a Content Security Policy for extension pages without eval, inline script or remote hosts', () => {
    const csp = (manifest(target).content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    expect(csp).toBeTypeOf('string');
    const directives = new Map(
      csp!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts) => [parts[0]!, parts.slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|wss?:|\*/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('Firefox manifest', () => {
  it('declares that the extension collects no data', () => {
    const gecko = (manifest('firefox').browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('minimum browser versions', () => {
  // The content script decodes the matcher bundle with Uint8Array.fromBase64 (Chrome 140, Firefox 133).
  it('asks for Chrome 140 in the Chrome manifest and leaves the key out of the Firefox one', () => {
    expect(manifest('chrome').minimum_chrome_version).toBe('140');
    expect(manifest('firefox')).not.toHaveProperty('minimum_chrome_version');
    const gecko = (manifest('firefox').browser_specific_settings as { gecko: { strict_min_version: string } }).gecko;
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(133);
  });
});
