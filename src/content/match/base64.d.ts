/** `Uint8Array.fromBase64` (Chrome 140, Firefox 133): not in TypeScript 5.9's lib yet. */
interface Uint8ArrayConstructor {
  fromBase64(base64: string): Uint8Array<ArrayBuffer>;
}
