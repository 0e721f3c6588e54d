/** Saving text the page made (an export) as a file in the reader's downloads. */

export function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download has its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
