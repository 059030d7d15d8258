import { NOTICES } from './notices.js';
import { renderPage } from './render-page.js';

/** The last page of the flow: what the user decided, and where to go next. */
export function resultPage(appName: string, decision: 'approved' | 'denied'): string {
  const title = decision === 'approved' ? 'Signed in' : 'Request denied';
  const tone = decision === 'approved' ? 'notice success' : 'notice';
  return renderPage(
    title,
    appName,
    `<h1>${title}</h1>
<p class="${tone}" role="status">${NOTICES[decision]}</p>`,
  );
}
