import { generatedIndex } from './matcher-scale';
import { prepare } from '../../src/content/match/prepare';
const index = generatedIndex(100);
const t = performance.now();
for (let r = 0; r < 100; r++) prepare(index);
console.log(((performance.now() - t) / 100).toFixed(2));
