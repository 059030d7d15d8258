/**
 * Makes untrusted text (a provider's user code, a profile name) show literally in Markdown, so it
 * cannot add a link, emphasis, a code span or HTML. `&`, `<` and `>` become entities (Markdown
 * passes HTML through, and a backslash before `<` is not an escape in every renderer); the
 * inline Markdown punctuation gets a backslash. The rendered characters are exactly the input's.
 *
 * @see https://spec.commonmark.org/0.31.2/#backslash-escapes
 * @see https://spec.commonmark.org/0.31.2/#entity-and-numeric-character-references
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()~!]/g, (char) => `\\${char}`);
}

/**
 * The destination of a Markdown link that stays one token: only `http:` and `https:` URLs, with
 * the characters that could end the destination or start a title percent-encoded (the encoded
 * form names the same resource). Anything else yields `undefined`: show it as text instead.
 *
 * @see https://spec.commonmark.org/0.31.2/#link-destination
 */
export function markdownLinkTarget(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href.replace(
    /[()[\]'"`<>\\\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
