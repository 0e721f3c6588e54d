/** Names of the extra highlights: the keyboard-focused mention and the "show" flash. */
export const FOCUS_NAME = 'briefing-lens-focus';
export const FLASH_NAME = 'briefing-lens-flash';
