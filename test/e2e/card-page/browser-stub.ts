/**
 * Stands in for 'webextension-polyfill' in the card audit page (a plain web page, where the
 * real polyfill refuses to load). It offers no API: the card's strings then come from the
 * English messages (src/shared/ui/i18n.ts's documented fallback), and its data from the
 * page's card source, so nothing the card renders depends on it.
 */
export default {};
