// Fresh IndexedDB names, so store suites never share a database.
let counter = 0;

/** A database name no other test uses. */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}
