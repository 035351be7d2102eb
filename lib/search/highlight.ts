import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './to-search-document';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Turns Meilisearch's highlighted text (matches wrapped in private-use marker characters) into
 * safe HTML: everything is escaped, then the markers become <mark>…</mark>. Stray or nested
 * markers never produce unbalanced tags.
 */
export function highlightToHtml(text: string): string {
  let out = '';
  let open = false;
  let buffer = '';
  const flush = () => {
    out += escapeHtml(buffer);
    buffer = '';
  };
  for (const ch of text) {
    if (ch === HIGHLIGHT_PRE) {
      flush();
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === HIGHLIGHT_POST) {
      flush();
      if (open) out += '</mark>';
      open = false;
    } else {
      buffer += ch;
    }
  }
  flush();
  if (open) out += '</mark>';
  return out.replace(/<mark><\/mark>/g, '');
}
