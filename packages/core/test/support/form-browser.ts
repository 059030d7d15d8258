/**
 * A minimal browser for server-rendered HTML forms: keeps cookies, follows redirects and
 * auto-submitting forms, and submits a page's form with the fields it carries. Enough to play
 * the user's part on an authorization server's own pages, over real HTTP.
 */
export class FormBrowser {
  readonly #cookies = new Map<string, string>();
  url = '';
  html = '';

  async open(url: string): Promise<this> {
    return this.#go(url, { method: 'GET' });
  }

  /**
   * Submits the page's form (the one whose action matches `action`, else the first), with its
   * hidden and prefilled fields plus `fields`; a field set to `undefined` is left out.
   */
  async submit(fields: Record<string, string | undefined>, action?: RegExp): Promise<this> {
    const forms = [...this.html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)];
    const form = forms.find((match) =>
      action ? action.test(attribute(match[1] ?? '', 'action') ?? '') : true,
    );
    if (form === undefined) throw new Error(`no form on ${this.url}: ${this.html.slice(0, 300)}`);
    const values = new URLSearchParams();
    for (const input of (form[2] ?? '').matchAll(/<input\b([^>]*)>/gi)) {
      const name = attribute(input[1] ?? '', 'name');
      if (name !== undefined) values.set(name, attribute(input[1] ?? '', 'value') ?? '');
    }
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) values.delete(name);
      else values.set(name, value);
    }
    const target = new URL(attribute(form[1] ?? '', 'action') ?? this.url, this.url).href;
    return this.#go(target, {
      method: 'POST',
      body: values.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async #go(
    url: string,
    init: { method: string; body?: string; headers?: Record<string, string> },
  ): Promise<this> {
    let next: { url: string; init: typeof init } | undefined = { url, init };
    for (let hops = 0; next !== undefined && hops < 20; hops += 1) {
      const response = await fetch(next.url, {
        ...next.init,
        redirect: 'manual',
        headers: { ...next.init.headers, cookie: this.#cookieHeader() },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...rest] = (pair ?? '').split('=');
        if (name) this.#cookies.set(name.trim(), rest.join('='));
      }
      this.url = next.url;
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        next = { url: new URL(location, next.url).href, init: { method: 'GET' } };
        await response.arrayBuffer();
        continue;
      }
      this.html = await response.text();
      // Form-post pages submit themselves on load in a browser.
      if (
        /onload="[^"]*submit\(\)|<script[^>]*>[^<]*\.submit\(\)/i.test(this.html) &&
        /<form\b/i.test(this.html)
      ) {
        const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(this.html);
        const values = new URLSearchParams();
        for (const input of (form?.[2] ?? '').matchAll(/<input\b([^>]*)>/gi)) {
          const name = attribute(input[1] ?? '', 'name');
          if (name !== undefined) values.set(name, attribute(input[1] ?? '', 'value') ?? '');
        }
        next = {
          url: new URL(attribute(form?.[1] ?? '', 'action') ?? next.url, next.url).href,
          init: {
            method: 'POST',
            body: values.toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          },
        };
        continue;
      }
      next = undefined;
    }
    return this;
  }

  #cookieHeader(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
