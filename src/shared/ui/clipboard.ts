/**
 * Copies text to the clipboard: `navigator.clipboard.writeText`, falling back to a
 * temporary <textarea> inside `container` (the card's shadow root or the popup) and
 * `execCommand('copy')` where the async API is missing or refused (insecure pages,
 * no user activation). Focus is put back where it was after the fallback.
 */

function fallbackCopy(text: string, container: Element | ShadowRoot): boolean {
  const doc = (container.ownerDocument ?? document);
  const root = container.getRootNode() as Document | ShadowRoot;
  const previous = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.style.setProperty('position', 'fixed', 'important');
  area.style.setProperty('top', '0', 'important');
  area.style.setProperty('left', '-9999px', 'important');
  area.style.setProperty('opacity', '0', 'important');
  container.appendChild(area);
  try {
    area.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus?.({ preventScroll: true });
  }
}

/** Whether the text reached the clipboard. */
export async function copyText(text: string, container: Element | ShadowRoot): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions policy, no user activation): use the fallback below.
  }
  return fallbackCopy(text, container);
}
