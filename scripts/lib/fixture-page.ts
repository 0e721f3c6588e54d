/** The HTML of a fixture page served to a browser with the extension (benchmarks and E2E suites). */

/**
 * A fixture page. The inline script at the end (with the nonce `robust`, for pages under a
 * strict CSP) stores the page's serialisation as
 * parsed (before any content script runs at document_idle) in `window.__before`.
 */
export function page(title: string, body: string, { lang = 'en', dir = 'ltr', head = '' } = {}): string {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}<script nonce="robust">window.__before = document.documentElement.outerHTML;</script></body></html>`;
}
