/**
 * What the popup page was opened for, from its query string: `?entity=<id>` opens that
 * entity's details; `?tab=<id>` makes "On this page" and the site switch act on that
 * tab. Without `tab` they act on the active tab of the popup's window, which is right
 * for the toolbar popup but not when popup.html is itself a tab (e.g. "Open details").
 */
export interface LaunchParams {
  entity: string | null;
  tabId: number | null;
}

export function readLaunchParams(search: string): LaunchParams {
  const params = new URLSearchParams(search);
  const entity = params.get('entity');
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d{1,15}$/.test(tab) ? Number(tab) : null;
  return { entity: entity === '' ? null : entity, tabId };
}
