/**
 * Windows-1252's characters for the bytes 0x80–0x9F, where it differs from ISO-8859-1 (the
 * WHATWG Encoding Standard's index-windows-1252; the five undefined bytes stay as they are).
 * Node's TextDecoder reads 'windows-1252' as ISO-8859-1 and gives control characters there.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * A downloaded text file's characters: UTF-8 when the bytes are valid UTF-8, else Windows-1252,
 * the encoding older exports of state agencies (the CDE's among them) write names with accents
 * in ("Cañon", "Peñasco"). Windows-1252 rather than ISO-8859-1 because it is what "Latin-1"
 * means on the web, and such files use its curly quotes and dashes. A byte order mark is dropped.
 */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1')
      .decode(bytes)
      .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
}
