import { generatedIndex } from './matcher-scale';
import { foldString } from '../../src/content/match/fold';
import { buildAutomaton } from '../../src/content/match/automaton';
import { prepare } from '../../src/content/match/prepare';
const index = generatedIndex(100);
for (let r = 0; r < 4; r++) {
const t0 = performance.now();
const pats = new Map<string, Uint16Array>();
for (const a of index.aliases) { const l = foldString(a.text).lower; pats.set(String.fromCharCode(...l), l); }
const t1 = performance.now();
const a = buildAutomaton([...pats.values()]);
const t2 = performance.now();
prepare(index);
const t3 = performance.now();
console.log(`fold ${(t1-t0).toFixed(2)} automaton ${(t2-t1).toFixed(2)} prepare ${(t3-t2).toFixed(2)} states ${a.states} dense ${a.dense.length}`);
}
