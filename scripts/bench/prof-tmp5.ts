import { generatedIndex } from './matcher-scale';
import { createMatcher } from '../../src/content/match/create-matcher';
const index = generatedIndex(100);
const t = performance.now(); createMatcher(index); console.log((performance.now() - t).toFixed(2));
