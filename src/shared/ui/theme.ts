/**
 * The card's colour tokens for light and dark schemes. Kept as data so the CSS is built
 * from them and a unit test can check every text/background pair against WCAG AA.
 */
export interface Theme {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  link: string;
  /** Background of buttons and chips on hover. */
  hover: string;
  focus: string;
  disputeBg: string;
  disputeFg: string;
  disputeBorder: string;
  errorFg: string;
}

export const LIGHT: Readonly<Theme> = Object.freeze({
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#4b5563',
  border: '#c9ced6',
  link: '#0b57d0',
  hover: '#eef2f7',
  focus: '#0b57d0',
  disputeBg: '#fff4e0',
  disputeFg: '#6b3300',
  disputeBorder: '#b45309',
  errorFg: '#a8200d',
});

export const DARK: Readonly<Theme> = Object.freeze({
  bg: '#1f2329',
  fg: '#e8eaed',
  muted: '#b3bac5',
  border: '#4a525e',
  link: '#8ab4f8',
  hover: '#2c323a',
  focus: '#8ab4f8',
  disputeBg: '#3a2a12',
  disputeFg: '#ffd89e',
  disputeBorder: '#f0b429',
  errorFg: '#ff9b8a',
});

/** Text colour → the backgrounds it is drawn on, for the contrast check. */
export const TEXT_PAIRS: readonly [keyof Theme, keyof Theme][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['fg', 'hover'],
  ['link', 'hover'],
  ['muted', 'hover'],
  ['disputeFg', 'disputeBg'],
  ['muted', 'disputeBg'],
  ['errorFg', 'bg'],
];

/** Non-text parts (focus ring, dispute border) need 3:1 against the background. */
export const UI_PAIRS: readonly [keyof Theme, keyof Theme][] = [
  ['focus', 'bg'],
  ['disputeBorder', 'bg'],
];
