import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd, serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it('gives JSON that parses back to the same data', () => {
    const data = { name: 'Speech & language <support>', list: [1, 'two'], nested: { ok: true } };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('cannot close the script element or open a comment, whatever the text', () => {
    const text = serializeJsonLd({ description: '</script><script>alert(1)</script><!-- &' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ description: '</script><script>alert(1)</script><!-- &' });
  });

  it('escapes the two line separators old parsers stumble on', () => {
    const text = serializeJsonLd({ a: 'x\u2028y\u2029z' });
    expect(text).toBe('{"a":"x\\u2028y\\u2029z"}');
    expect(JSON.parse(text)).toEqual({ a: 'x\u2028y\u2029z' });
  });
});

describe('JsonLd', () => {
  it('renders one JSON-LD data block', () => {
    const html = renderToStaticMarkup(<JsonLd data={{ '@type': 'Service', name: 'A </script> B' }} />);
    expect(html).toMatch(/^<script type="application\/ld\+json">\{.*\}<\/script>$/);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});
