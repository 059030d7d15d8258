/** A form on a page: where it posts and the fields a browser would send with it. */
export interface HtmlForm {
  readonly action: string;
  readonly method: string;
  readonly fields: Map<string, string>;
  readonly buttons: { name: string; value: string; label: string }[];
}

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? decodeEntities(match[2] ?? match[3] ?? '') : undefined;
};

/**
 * Reads the forms of a page well enough to submit them as a browser would: the action, the
 * inputs with their values, and the submit buttons. Enough for plain server-rendered forms
 * such as the emulator's verification page; not a general HTML parser.
 */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, attributes = '', body = ''] = match;
    const fields = new Map<string, string>();
    for (const input of body.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input[0], 'name');
      if (name !== undefined) fields.set(name, attribute(input[0], 'value') ?? '');
    }
    const buttons = [...body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)].map((button) => ({
      name: attribute(` ${button[1] ?? ''}`, 'name') ?? '',
      value: attribute(` ${button[1] ?? ''}`, 'value') ?? '',
      label: (button[2] ?? '').replace(/<[^>]*>/g, '').trim(),
    }));
    forms.push({
      action: attribute(` ${attributes}`, 'action') ?? '',
      method: (attribute(` ${attributes}`, 'method') ?? 'get').toLowerCase(),
      fields,
      buttons,
    });
  }
  return forms;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
