/** Renders text with its matched ranges in <mark> elements (text nodes only, never HTML). */
import type { MatchRange } from '../shared/card';
import { splitByRanges } from './highlight';

export function HighlightedText({ text, ranges }: { text: string; ranges: MatchRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((part, i) => (part.matched ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
