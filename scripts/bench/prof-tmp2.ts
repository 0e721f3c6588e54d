import { generatedIndex, newsText } from './matcher-scale';
import { FOLD_LOWER } from '../../src/content/match/fold';
const text = newsText(generatedIndex(100), 5_000_000);
const out = new Uint16Array(text.length + 1);
const t = (l: string, f: () => unknown) => { for (let r=0;r<3;r++){ const s = performance.now(); for (let i=0;i<5;i++) f(); console.log(l, ((performance.now()-s)/5).toFixed(2)); }};
t('charCodeAt sum', () => { let x = 0; for (let i = 0; i < text.length; i++) x += text.charCodeAt(i); return x; });
t('table copy', () => { let n=0; for (let i = 0; i < text.length; i++) { const c = FOLD_LOWER[text.charCodeAt(i)]!; if (c <= 0x2e || c === 0xffff) { if (c===0x20 && out[n-1]===0x20) continue; } out[n++] = c; } return n; });
