import { generatedIndex, newsText } from './matcher-scale';
import { FoldBuffer, foldInto } from '../../src/content/match/fold';
import { prepare } from '../../src/content/match/prepare';
const index = generatedIndex(100);
const text = newsText(index, 5_000_000);
const p = prepare(index);
const buf = new FoldBuffer();
const n = foldInto(text, buf);
const { rootNext, used, edgeStart, edgeEnd, edgeUnit, edgeTarget, firstHit } = p.automaton;
const t = (l: string, f: () => unknown) => { for (let r=0;r<3;r++){ const s = performance.now(); let x; for (let i=0;i<5;i++) x=f(); console.log(l, ((performance.now()-s)/5).toFixed(2), x); }};
t('walk', () => { const folded = buf.folded; let s = 0, hits = 0, steps = 0;
  for (let i = 0; i < n; i++) { const c = folded[i]!; if (used[c] === 0) { s = 0; continue; }
    let lo = edgeStart[s]!; const hi = edgeEnd[s]!; let t = -1;
      for (; lo < hi; lo++) { const u = edgeUnit[lo]!; if (u >= c) { if (u === c) t = edgeTarget[lo]!; break; } }
      s = t === -1 ? rootNext[c]! : t;
    if (firstHit[s] !== -1) hits++; }
  return [hits, steps]; });
let tot=0, deg = 0, multi = 0; for (let s = 1; s < p.automaton.states; s++) { const d = edgeEnd[s]! - edgeStart[s]!; tot+=d; if (d > 8) multi++; deg = Math.max(deg, d); }
console.log('states', p.automaton.states, 'maxdeg', deg, 'deg>8', multi, 'edges', tot, 'chars', n);
function walk2(a: typeof p.automaton, folded: Uint16Array, n: number) {
  const { rootNext, used, edgeStart, edgeEnd, edgeUnit, edgeTarget, firstHit } = a;
  let s = 0, hits = 0;
  for (let i = 0; i < n; i++) { const c = folded[i]!; if (used[c] === 0) { s = 0; continue; }
    let lo = edgeStart[s]!; const hi = edgeEnd[s]!; let t = -1;
      for (; lo < hi; lo++) { const u = edgeUnit[lo]!; if (u >= c) { if (u === c) t = edgeTarget[lo]!; break; } }
      s = t === -1 ? rootNext[c]! : t;
    if (firstHit[s] !== -1) hits++; }
  return hits;
}
t('walk2', () => walk2(p.automaton, buf.folded, n));
function loop(folded: Uint16Array, n: number, used: Uint8Array) { let x = 0; for (let i = 0; i < n; i++) { x += used[folded[i]!]!; } return x; }
t('loop', () => loop(buf.folded, n, used));
let atRoot = 0, lin = 0; { let s = 0; for (let i = 0; i < n; i++) { const c = buf.folded[i]!; if (used[c] === 0) { s = 0; atRoot++; continue; } if (s===0) atRoot++; let lo = edgeStart[s]!; const hi = edgeEnd[s]!; let t = -1; for (; lo < hi; lo++) { lin++; const u = edgeUnit[lo]!; if (u >= c) { if (u === c) t = edgeTarget[lo]!; break; } } s = t === -1 ? rootNext[c]! : t; } }
console.log('atRoot', atRoot, 'linear probes', lin);
