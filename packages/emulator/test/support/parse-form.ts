/** A form as a bot reads it from a page: where it posts and its named inputs and buttons. */
export interface ParsedForm {
  action: string;
  method: string;
  fields: Record<string, string>;
  buttons: { name: string; value: string }[];
}

/**
 * Reads the first form whose action matches, the way the playground bot does: attributes in
 * double quotes, entities decoded. Enough for the emulator's pages, not a general HTML parser.
 */
export function parseForm(html: string, action: string): ParsedForm {
  const form = new RegExp(`<form([^>]*action="${action}"[^>]*)>([\\s\\S]*?)</form>`).exec(html);
  if (!form?.[1] || form[2] === undefined) throw new Error(`no form posting to ${action}`);
  const attributes = (tag: string) => {
    const found: Record<string, string> = {};
    for (const match of tag.matchAll(/([a-z_-]+)="([^"]*)"/g)) {
      if (match[1] && match[2] !== undefined) found[match[1]] = decode(match[2]);
    }
    return found;
  };

  const fields: Record<string, string> = {};
  for (const input of form[2].matchAll(/<input([^>]*)>/g)) {
    const { name, value } = attributes(input[1] ?? '');
    if (name) fields[name] = value ?? '';
  }
  const buttons = [...form[2].matchAll(/<button([^>]*)>/g)]
    .map((button) => attributes(button[1] ?? ''))
    .filter((button) => button.name)
    .map((button) => ({ name: button.name ?? '', value: button.value ?? '' }));
  return { action, method: attributes(form[1]).method ?? 'get', fields, buttons };
}

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
