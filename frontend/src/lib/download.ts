/** Hands a fetched file to the browser as a download, under the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started reading the blob by now; let it finish before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
