import { parseForms } from './html-form.js';

/**
 * Approves a login on the verification page over HTTP, exactly as a person's browser would:
 * open the link, submit the code form, then press Approve on the consent form.
 *
 * @param decision - which consent button to press.
 * @returns the text of the result page.
 */
export async function approveInBrowser(
  link: string,
  userCode: string,
  decision: 'approve' | 'deny' = 'approve',
): Promise<string> {
  const entry = await fetchPage(link);
  const codeForm = parseForms(entry.html).find((form) => form.fields.has('user_code'));
  if (codeForm === undefined) throw new Error(`No code form on ${link}.`);
  codeForm.fields.set('user_code', codeForm.fields.get('user_code') || userCode);
  const consent = await submit(new URL(codeForm.action, entry.url), codeForm.fields);
  const consentForm = parseForms(consent.html).find((form) =>
    form.buttons.some((button) => button.value === decision),
  );
  if (consentForm === undefined) {
    throw new Error(`The verification page did not offer consent: ${textOf(consent.html)}`);
  }
  const button = consentForm.buttons.find((b) => b.value === decision);
  const fields = new Map(consentForm.fields);
  if (button?.name) fields.set(button.name, button.value);
  const result = await submit(new URL(consentForm.action, consent.url), fields);
  return textOf(result.html);
}

async function fetchPage(url: string): Promise<{ url: string; html: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { url: response.url, html: await response.text() };
}

async function submit(url: URL, fields: Map<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([...fields]).toString(),
    signal: AbortSignal.timeout(10_000),
  });
  return { url: response.url, html: await response.text() };
}

function textOf(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? html;
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
