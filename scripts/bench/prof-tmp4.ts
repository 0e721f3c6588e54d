import { generatedIndex, newsText } from './matcher-scale';
import { createMatcher } from '../../src/content/match/create-matcher';
const index = generatedIndex(100);
const text = newsText(index, 5_000_000);
const m = createMatcher(index);
for (let i = 0; i < 15; i++) m.scan(text);
