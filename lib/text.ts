// Bidi embeddings, overrides and isolates, and marks that flip text direction: they can make
// published text read differently from what a moderator approved.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// Control characters other than tab and newline, and the byte-order mark.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g;

export type CleanText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Makes typed text safe to store and show: Unicode-normalised, no control or direction-changing
 * characters, trimmed. Text that is not valid Unicode (lone surrogates) is refused, not mangled.
 */
export function cleanText(value: string, { multiline = false } = {}): CleanText {
  if (!value.isWellFormed()) {
    return { ok: false, message: 'This contains characters we cannot read. Please retype it.' };
  }
  let text = value.normalize('NFC').replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '').replace(CONTROL, '');
  text = multiline ? text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n') : text.replace(/\s+/g, ' ');
  return { ok: true, text: text.trim() };
}

/**
 * Length in characters as a person counts them: after NFC, "é" and "👍" are one each, not two
 * UTF-16 units. (Code points, not grapheme clusters: segmenting is far too slow on huge input.)
 */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count += 1;
  }
  return count;
}
