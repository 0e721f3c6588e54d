// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../src/shared/model';
import { CardBody, COMPACT_FACTS, type CardMode } from '../../../src/shared/ui/card-body';
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
  it('shows name, kind and role, summary, dated facts, sources and the as-of date', () => {
    mount('compact');
    const heading = container.querySelector('h2')!;
    expect(heading.id).toBe('name-id');
    expect(heading.textContent).toBe('Fumio Kishida');
    expect(container.querySelector('.bl-meta')!.textContent).toBe('Person · Prime Minister of Japan (took office in 2021)');
    expect(text()).toContain('made the April 2024 state visit to Washington');
    const facts = [...container.querySelectorAll('.bl-facts li')];
    expect(facts).toHaveLength(COMPACT_FACTS);
    expect(facts[0]!.querySelector('.bl-fact-date')!.textContent).toBe('2021');
    expect(facts[2]!.querySelector('.bl-fact-date')!.textContent).toBe('Apr 7, 2024');
    expect(text()).toContain('1 more facts in details');
    const sources = [...container.querySelectorAll('.bl-sources li')].map((li) => li.textContent);
    expect(sources).toHaveLength(KISHIDA.sources.length);
    expect(sources[4]).toContain('The White House, Apr 10, 2024');
    expect(sources[4]).toContain("United States-Japan Joint Leaders' Statement");
    expect(container.querySelector('.bl-asof')!.textContent).toBe('As of Apr 30, 2024 · Pack: Japan state visit to the US, April 2024 1.0.0');
  });

  it('numbers fact sources after the sources list and names them for screen readers', () => {
    mount('compact');
    const firstFactRefs = container.querySelector('.bl-facts li .bl-ref')!;
    expect(firstFactRefs.querySelector('[aria-hidden="true"]')!.textContent).toBe('[3]');
    expect(firstFactRefs.querySelector('.bl-sr')!.textContent).toBe('Source 3: ViewUS (viewusglobal.com)');
  });

  it('marks disputes visibly with every version and our note', () => {
    mount('compact');
    const disputed = container.querySelector('.bl-disputed')!;
    expect(disputed.querySelector('.bl-badge')!.textContent).toContain('Disputed');
    expect(disputed.getAttribute('aria-labelledby')).toBe(disputed.querySelector('.bl-badge')!.id);
    expect(disputed.textContent).toContain('His approval rating before the visit');
    expect(disputed.querySelectorAll('.bl-dispute-versions li')).toHaveLength(2);
    expect(disputed.textContent).toContain('Different polls give different figures');
  });

  it('lists related entities once per relation label, as buttons that open them', () => {
    const { onOpenEntity } = mount('compact');
    const labels = [...container.querySelectorAll('.bl-related dt')].map((dt) => dt.textContent);
    expect(labels).toEqual(['Met', 'Attended', 'Signed']);
    const links = [...container.querySelectorAll<HTMLButtonElement>('.bl-related button')];
    expect(links.map((b) => b.textContent)).toEqual([
      'Joe Biden',
      'Kishida’s state visit to the United States',
      'Japan-Philippines-U.S. Trilateral Summit',
      "Japan-U.S. Joint Leaders' Statement",
    ]);
    fireEvent.click(links[0]!);
    expect(onOpenEntity).toHaveBeenCalledWith('joe-biden');
  });

  it('shows one quote with speaker and date, preferring the variant in the reader language', () => {
    mount('compact');
    const quotes = container.querySelectorAll('.bl-quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
    expect(quotes[0]!.textContent).toContain('I am willing to meet with North Korean Chairman');
    expect(quotes[0]!.querySelector('figcaption')!.textContent).toContain('Fumio Kishida, Press conference in Tokyo');
    expect(quotes[0]!.querySelector('figcaption')!.textContent).toContain('Apr 2024');
  });

  it('does not show the timeline or description', () => {
    mount('compact');
    expect(container.querySelector('.bl-timeline')).toBeNull();
    expect(container.querySelector('.bl-description')).toBeNull();
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
    mount('compact', 'ko');
    const quote = container.querySelector('.bl-quote')!;
    expect(quote.querySelector('blockquote')!.getAttribute('lang')).toBe('ko');
    expect(quote.textContent).toContain('전제조건 없이');
    expect(quote.querySelector('.bl-quote-translation')).toBeNull();
  });
});

describe('CardBody (full)', () => {
  it('shows every fact, the description, the timeline and both quote variants together', () => {
    mount('full');
    expect(container.querySelectorAll('.bl-facts li')).toHaveLength(KISHIDA.entity.facts.length);
    expect(container.querySelector('.bl-more')).toBeNull();
    expect(container.querySelector('.bl-description')!.textContent).toContain('2% of GDP by 2027');
    expect(container.querySelector('.bl-timeline')!.textContent).toContain('Kishida’s state visit to the United States');
    const figures = container.querySelectorAll('.bl-quote');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.querySelectorAll('blockquote')).toHaveLength(2);
    expect(figures[0]!.querySelector('.bl-quote-translation')!.textContent).toContain('I am prepared to meet');
  });
});

describe('CardBody actions and accessibility', () => {
  it('shows "Copied" after a successful citation copy, in a status region', async () => {
    const onCopyCitation = vi.fn(async () => true);
    mount('compact', 'en', { onCopyCitation });
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')!.textContent).toBe('Copied'));
    expect(onCopyCitation).toHaveBeenCalledTimes(1);
  });

  it('says so when the copy failed', async () => {
    mount('compact', 'en', { onCopyCitation: () => false });
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
