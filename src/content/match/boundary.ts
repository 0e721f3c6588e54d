/**
 * Boundary rules at the two edges of a match, chosen by the script of the alias's first
 * and last character:
 * - alphabetic (Latin…): whole words — the neighbour must not be an alphabetic letter or
 *   digit (CJK and Hangul neighbours are fine: `NASA가`, `NASAの`);
 * - Hangul: must start a word (previous unit not Hangul) but may be followed by Hangul
 *   particles and titles (`기시다 총리는`);
 * - Han, Kana, other: no boundary (Japanese runs words together, `パトリオットミサイル`)
 *   — the data's rejectBefore/rejectAfter words handle the exceptions.
 */
import { charClass, HANGUL, WORD } from './char-class';

/** 0 = no rule, otherwise the class a neighbour must not have. */
export function startRule(firstUnit: number): number {
  const cls = charClass(firstUnit);
  return cls === WORD || cls === HANGUL ? cls : 0;
}

export function endRule(lastUnit: number): number {
  const cls = charClass(lastUnit);
  return cls === WORD ? cls : 0;
}

/** Whether a match starting at folded position `start` satisfies `rule`. */
export function startOk(rule: number, folded: Uint16Array, start: number): boolean {
  return rule === 0 || start === 0 || charClass(folded[start - 1]!) !== rule;
}

/** Whether a match ending at folded position `end` (exclusive) satisfies `rule`. */
export function endOk(rule: number, folded: Uint16Array, end: number, length: number): boolean {
  return rule === 0 || end >= length || charClass(folded[end]!) !== rule;
}
