// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../src/shared/model';
import { CardBody, type CardMode } from '../../../src/shared/ui/card-body';
import { COMPACT_FACTS } from '../../../src/shared/ui/compact-facts';
import { KISHIDA_CARD as KISHIDA } from '../../fixtures/dataset';

vi.mock('webextension-polyfill', () => ({ default: {} }));

let container: Element;

function mount(mode: CardMode, lang: Lang = 'en', extra: Partial<Parameters<typeof CardBody>[0]> = {}) {
  const onOpenEntity = vi.fn();
  ({ container } = render(<CardBody card={KISHIDA} lang={lang} mode={mode} onOpenEntity={onOpenEntity} headingId="name-id" {...extra} />));
  return { onOpenEntity };
}

const text = () => container.textContent ?? '';

afterEach(cleanup);

describe('CardBody (compact)', () => {
  it('shows kind and role, the summary, the three key facts, the disputed and quote counts, the as-of date and the pack', () => {
    mount('compact');
    const heading = container.querySelector('h2')!;
    expect(heading.id).toBe('name-id');
    expect(heading.textContent).toBe('Fumio Kishida');
    expect(container.querySelector('.bl-meta')!.textContent).toBe('Person · Prime Minister of Japan (took office in 2021)');
    expect(text()).toContain('made the April 2024 state visit to Washington');
    const facts = [...container.querySelectorAll('.bl-facts li')];
    expect(facts).toHaveLength(COMPACT_FACTS);
    // Most sources first (the 2021 fact has one), then the most recent.
    expect(facts.map((li) => li.querySelector('.bl-fact-date')!.firstChild!.textContent)).toEqual(['2027', 'Apr 10, 2024', 'Apr 7, 2024']);
    expect(container.querySelector('.bl-counts .bl-badge')!.textContent).toContain('Disputed: 1');
    expect(container.querySelector('.bl-counts .bl-badge .bl-sr')!.textContent).toBe('Sources disagree on 1 points of this briefing');
    expect(container.querySelector('.bl-quote-count')!.textContent).toBe('Quotes: 1');
    expect(container.querySelector('.bl-counts .bl-asof')!.textContent).toBe('As of Apr 30, 2024 · Japan state visit to the US, April 2024');
  });

  it('leaves out the description, disputes, relations, quotes, timeline and sources list', () => {
    mount('compact');
    for (const selector of ['.bl-description', '.bl-disputed', '.bl-related', '.bl-quote', '.bl-timeline', '.bl-sources']) {
      expect(container.querySelector(selector), selector).toBeNull();
    }
  });

  it('says when a forward-looking fact was stated', () => {
    const facts = [{ text: { en: 'Aims to double the figure by 2030.' }, date: '2030', stated: '2024-04-10', sources: ['seed-002'] }];
    const entity = { ...KISHIDA.entity, facts };
    mount('compact', 'en', { card: { ...KISHIDA, entity, sections: [{ pack: KISHIDA.pack, entity }] } });
    expect(container.querySelector('.bl-fact-date')!.textContent).toContain('2030 · stated Apr 10, 2024');
  });
});

describe('CardBody citations', () => {
  it('cites up to three sources by number, as a button that opens their list in place', () => {
    mount('compact');
    const cite = container.querySelector<HTMLButtonElement>('.bl-summary .bl-cite')!;
    expect(cite.textContent).toBe('[3, 4, 5]');
    expect(cite.getAttribute('aria-label')).toBe('Sources 3, 4, 5');
    expect(cite.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.bl-cite-list')).toBeNull();
    fireEvent.click(cite);
    expect(cite.getAttribute('aria-expanded')).toBe('true');
    const list = container.querySelector('.bl-summary .bl-cite-list')!;
    expect(cite.getAttribute('aria-controls')).toBe(list.id);
    const items = [...list.querySelectorAll('[role="listitem"]')].map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[2]).toContain("[5] The White House, Apr 10, 2024 — United States-Japan Joint Leaders' Statement");
    fireEvent.click(cite);
    expect(container.querySelector('.bl-cite-list')).toBeNull();
  });

  it('cites more than three sources as a count ("6 sources") that opens the list', () => {
    const card = { ...KISHIDA, entity: { ...KISHIDA.entity, sources: KISHIDA.sources.map((s) => s.id) } };
    mount('compact', 'en', { card });
    const cite = container.querySelector<HTMLButtonElement>('.bl-summary .bl-cite')!;
    expect(cite.textContent).toBe(`${KISHIDA.sources.length} sources`);
    expect(cite.textContent).not.toMatch(/\[/);
    fireEvent.click(cite);
    expect(container.querySelectorAll('.bl-summary .bl-cite-list [role="listitem"]')).toHaveLength(KISHIDA.sources.length);
  });

  it('leads a key fact with its date and citation in the compact card', () => {
    mount('compact');
    const line = container.querySelector('.bl-facts li .bl-fact-line')!;
    expect([...line.children].map((el) => el.className)).toEqual(['bl-fact-date', 'bl-cite bl-cite-numbers', 'bl-fact-text']);
    expect(line.querySelector('.bl-cite')!.textContent).toBe('[3, 4]');
  });

  it('shows the pack version and as-of date in the expanded card\'s footer', () => {
    mount('full');
    expect(container.querySelector('.bl-footer .bl-asof')!.textContent).toBe('As of Apr 30, 2024 · Pack: Japan state visit to the US, April 2024 1.0.0');
  });
});

describe('CardBody language forms', () => {
  it('shows the Korean name with the English form beside it for lang ko', () => {
    mount('compact', 'ko');
    const heading = container.querySelector('h2')!;
    expect(heading.querySelector('[lang="ko"]')!.textContent).toBe('기시다 후미오');
    expect(heading.querySelector('.bl-name-alt')!.textContent).toBe('Fumio Kishida');
    expect(container.querySelector('.bl-summary [lang="ko"]')!.textContent).toContain('워싱턴을 국빈 방문한');
    expect(container.querySelector('.bl-asof')!.textContent).toContain('2024년 4월 30일');
  });

  it('shows the Japanese name for lang ja and falls back to English where the data has no Japanese', () => {
    mount('compact', 'ja');
    expect(container.querySelector('h2 [lang="ja"]')!.textContent).toBe('岸田文雄');
    const summary = container.querySelector('.bl-summary > span')!;
    expect(summary.getAttribute('lang')).toBe('en');
  });

  it('in Korean shows the Korean original quote without a translation', () => {
    mount('full', 'ko');
    const quote = container.querySelector('.bl-quote')!;
    expect(quote.querySelector('blockquote')!.getAttribute('lang')).toBe('ko');
    expect(quote.textContent).toContain('전제조건 없이');
    expect(quote.querySelector('blockquote + .bl-quote-translation')).toBeNull();
  });
});

describe('CardBody (full)', () => {
  it('shows every fact, the description, the timeline and both quote variants together', () => {
    mount('full');
    expect(container.querySelectorAll('.bl-facts li')).toHaveLength(KISHIDA.entity.facts.length);
    expect(container.querySelector('.bl-pack-heading')).toBeNull();
    expect(container.querySelector('.bl-description')!.textContent).toContain('2% of GDP by 2027');
    expect(container.querySelector('.bl-timeline')!.textContent).toContain('Kishida’s state visit to the United States');
    const figures = container.querySelectorAll('.bl-quote');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.querySelectorAll('blockquote')).toHaveLength(2);
    expect(figures[0]!.querySelector('.bl-quote-translation')!.textContent).toContain('I am prepared to meet');
  });
});

describe('CardBody of an entity several packs describe', () => {
  const after = { id: 'japan-us-after-the-visit', title: { en: 'After the visit', ja: '訪米のその後' }, version: '1.0.0', asOf: '2025-02-07' };
  const later = {
    ...KISHIDA.entity,
    id: 'japan-us-after-the-visit:fumio-kishida',
    asOf: '2025-02-07',
    facts: [{ text: { en: 'Did not seek re-election as LDP leader.' }, date: '2024-08-14', sources: ['seed-002', 'seed-003', 'seed-004', 'seed-001'] }],
    disputed: [{ topic: 'Why he stepped down', versions: [{ claim: 'Low approval', sources: ['seed-002'] }], note: 'Reports differ.' }],
  };
  const merged = { ...KISHIDA, sections: [...KISHIDA.sections, { pack: after, entity: later }] };

  it('the expanded card gives each pack’s facts and disputes under that pack’s name and as-of date', () => {
    mount('full', 'en', { card: merged });
    const headings = [...container.querySelectorAll('.bl-pack-heading')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Japan state visit to the US, April 2024 · As of Apr 30, 2024',
      'After the visit · As of Feb 7, 2025',
      'Japan state visit to the US, April 2024 · As of Apr 30, 2024',
      'After the visit · As of Feb 7, 2025',
    ]);
    expect(container.querySelectorAll('.bl-facts li')).toHaveLength(KISHIDA.entity.facts.length + 1);
    expect(container.querySelector('.bl-disputed')!.textContent).toContain('Why he stepped down');
  });

  it('the compact card ranks the facts of every pack together and names the pack of each', () => {
    mount('compact', 'ja', { card: merged });
    const facts = [...container.querySelectorAll('.bl-facts li')].map((li) => li.textContent);
    expect(facts).toHaveLength(COMPACT_FACTS);
    expect(facts.some((fact) => fact.includes('Did not seek re-election'))).toBe(true);
    expect([...container.querySelectorAll('.bl-pack-heading')].map((h) => h.textContent.split(' · ')[0])).toEqual(['Japan state visit to the US, April 2024', '訪米のその後']);
  });
});

describe('CardBody actions and accessibility', () => {
  it('shows "Copied" after a successful citation copy, in a status region', async () => {
    const onCopyCitation = vi.fn(async () => true);
    mount('full', 'en', { onCopyCitation });
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')!.textContent).toBe('Copied'));
    expect(onCopyCitation).toHaveBeenCalledTimes(1);
  });

  it('says so when the copy failed', async () => {
    mount('full', 'en', { onCopyCitation: () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')!.textContent).toBe('Could not copy'));
  });

  it('gives every control an accessible name and every section a heading', () => {
    mount('full', 'en', { onCopyCitation: () => true });
    for (const button of container.querySelectorAll('button')) {
      expect((button.textContent ?? '').trim() || button.getAttribute('aria-label')).toBeTruthy();
      expect(button.getAttribute('type')).toBe('button');
    }
    for (const section of container.querySelectorAll('section')) {
      const id = section.getAttribute('aria-labelledby')!;
      expect(container.querySelector(`[id="${id}"]`)!.textContent).not.toBe('');
    }
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});
