import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';

describe(escapeHtml, () => {
  it('should escape the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
