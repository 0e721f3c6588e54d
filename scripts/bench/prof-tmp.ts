import { generatedIndex, newsText } from './matcher-scale';
import { prepare } from '../../src/content/match/prepare';
import { buildAutomaton } from '../../src/content/match/automaton';
import { FoldBuffer, foldInto, foldString } from '../../src/content/match/fold';
import { findCandidates } from '../../src/content/match/scan';
import { Triples } from '../../src/content/match/candidates';
import { createMatcher } from '../../src/content/match/create-matcher';
const index = generatedIndex(100);
const t = (l: string, f: () => unknown) => { let best = 1e9; for (let i=0;i<8;i++) { const s = performance.now(); f(); best = Math.min(best, performance.now()-s); } console.log(l, best.toFixed(2)); };
for (let k=0;k<3;k++) {
t('prepare', () => prepare(index));
const pats = index.aliases.map(a => foldString(a.text).lower);
t('fold aliases', () => index.aliases.map(a => foldString(a.text).lower));
t('automaton', () => buildAutomaton([...new Map(pats.map(p=>[String.fromCharCode(...p),p])).values()]));
t('alloc', () => { new Int32Array(65536); new Uint8Array(65536); });
}
const text = newsText(index, 5_000_000);
const buf = new FoldBuffer();
t('fold text', () => foldInto(text, buf));
const p = prepare(index); const c = new Triples(), h = new Triples();
t('candidates', () => findCandidates(p, text, buf, c, h, 200));
console.log('cands', c.length);
const m = createMatcher(index);
t('scan', () => m.scan(text));
