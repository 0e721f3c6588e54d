/**
 * The card audit page's script: the content script's real card controller (host, CSS,
 * windows, card body) on a plain page, fed by the cards the page was served with
 * (window.__cards, built by the background's own code from the bundled dataset). The
 * controller's shadow root is made open here, and only here, so axe-core can audit what
 * the reader sees. Exposes window.__openCard(id) for the test.
 */
import type { CardData } from '../../../src/shared/card';
import { createCardSource } from '../../../src/content/card/card-source';
import { mountCardController } from '../../../src/content/card/controller';

const closedOnly = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!.value as (this: Element, init: ShadowRootInit) => ShadowRoot;
Element.prototype.attachShadow = function attachOpen(init: ShadowRootInit): ShadowRoot {
  return closedOnly.call(this, { ...init, mode: 'open' });
};

const scope = window as unknown as { __cards: Record<string, CardData>; __openCard(id: string): Promise<void> };
const source = createCardSource(async (id) => scope.__cards[id] ?? null);
const { controller } = mountCardController({ lang: 'en', fullIn: 'panel', onOpenFull: () => undefined, source });

scope.__openCard = (id) => controller.show(document.getElementById('term')!, id);
