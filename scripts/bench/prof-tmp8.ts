import { generatedIndex } from './matcher-scale';
import { prepare } from '../../src/content/match/prepare';
import { foldString } from '../../src/content/match/fold';
import { buildAutomaton } from '../../src/content/match/automaton';
const index = generatedIndex(100);
const t0 = performance.now();
const pats = new Map<string, Uint16Array>();
for (const a of index.aliases) { const l = foldString(a.text).lower; pats.set(String.fromCharCode(...l), l); }
const t1 = performance.now();
buildAutomaton([...pats.values()]);
const t2 = performance.now();
prepare(index);
const t3 = performance.now();
console.log(`fold ${(t1-t0).toFixed(2)} automaton ${(t2-t1).toFixed(2)} prepare(2nd) ${(t3-t2).toFixed(2)}`);
