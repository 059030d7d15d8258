import { escapeHtml } from '../calculations/escape-html.js';

/*
 * One stylesheet for every page, inline because the pages load nothing from elsewhere. Colours
 * keep at least 4.5:1 contrast, focus is always visible, and the layout holds from a phone
 * width up.
 */
const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f3f4f6;
  color: #111827; }
main { width: min(26rem, calc(100vw - 2rem)); background: #fff; border-radius: 12px;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); padding: 2rem; box-sizing: border-box; }
h1 { font-size: 1.4rem; margin: 0 0 0.75rem; }
p { line-height: 1.5; margin: 0 0 1rem; }
.brand { font-size: 0.85rem; color: #4b5563; margin-bottom: 1.25rem; letter-spacing: 0.02em; }
label { display: block; font-weight: 600; margin-bottom: 0.35rem; }
input[type="text"] { width: 100%; box-sizing: border-box; font: inherit; padding: 0.6rem 0.75rem;
  border: 1px solid #6b7280; border-radius: 8px; margin-bottom: 1rem; }
input.code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 1.3rem;
  letter-spacing: 0.15em; text-transform: uppercase; text-align: center; }
button { font: inherit; font-weight: 600; padding: 0.6rem 1.1rem; border-radius: 8px;
  border: 1px solid transparent; cursor: pointer; }
.primary { background: #1d4ed8; color: #fff; }
.secondary { background: #fff; color: #1f2937; border-color: #6b7280; }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.actions { display: flex; gap: 0.75rem; flex-wrap: wrap; }
.notice { padding: 0.75rem 1rem; border-radius: 8px; background: #fef2f2; color: #991b1b;
  border: 1px solid #fecaca; }
.success { background: #f0fdf4; color: #166534; border-color: #bbf7d0; }
.code-display { font-family: ui-monospace, Menlo, monospace; font-size: 1.2rem; font-weight: 700;
  letter-spacing: 0.1em; }
ul.scopes { margin: 0 0 1rem; padding-left: 1.25rem; }
ul.scopes li { font-family: ui-monospace, Menlo, monospace; }
.warning { font-size: 0.9rem; color: #4b5563; }
`;

/**
 * Wraps page content in the shared HTML document.
 * @param title - plain text, escaped here
 * @param content - markup whose untrusted parts the caller has already escaped
 */
export function renderPage(title: string, appName: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<div class="brand">Botlogin emulator · ${escapeHtml(appName)}</div>
${content}
</main>
</body>
</html>
`;
}
