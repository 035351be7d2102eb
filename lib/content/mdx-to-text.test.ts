import { describe, expect, it } from 'vitest';
import { mdxToText } from './mdx-to-text';

describe('mdxToText', () => {
  it('keeps what a reader sees and drops the syntax', () => {
    const body = [
      'The council must reply within **6 weeks** <SourceRef source="SEND Regulations 2014" at="regulation 5(1)" />.',
      '',
      '## Asking for an <Term id="ehcna">EHCNA</Term>',
      '',
      'Read [the guide](/guides/ehcp) or ask the <Term id="senco" />.',
      '',
      '<Callout title="Help in Birmingham">',
      'Call SENDIASS.',
      '</Callout>',
      '',
      '<Steps>',
      '<Step title="Assess">',
      'The school works out what is hard.',
      '</Step>',
      '</Steps>',
      '',
      '<Timeline>',
      '<Stage when="By week 6" title="Decision">',
      'The council decides.',
      '</Stage>',
      '</Timeline>',
      '',
      '<RelatedServices need="ASD" label="Autism support" />',
      '',
      '| By the end of | What |',
      '| --- | --- |',
      '| Week 6 | A decision <SourceRef source="SEND Regulations 2014" at="regulation 5(1)" brackets={false} /> |',
      '',
      '```',
      'Dear SENAR,',
      '```',
      '',
      '### Costs {1 + 1}',
    ].join('\n');
    const { headings, text } = mdxToText(body);
    expect(headings).toEqual(['Asking for an EHCNA', 'Costs']);
    expect(text).toContain('The council must reply within 6 weeks.');
    expect(text).toContain('Read the guide or ask the SENCO.');
    expect(text).toContain('Help in Birmingham');
    expect(text).toContain('Call SENDIASS.');
    expect(text).toContain('Assess');
    expect(text).toContain('By week 6 Decision');
    expect(text).toContain('Autism support');
    expect(text).toContain('Week 6 · A decision');
    expect(text).toContain('Dear SENAR,');
    for (const syntax of ['<', '>', '**', '](', 'SourceRef', 'regulation 5(1)', '|', 'ehcna', '{']) {
      expect(text, syntax).not.toContain(syntax);
    }
  });

  it('does not trip over prose that looks like markup', () => {
    const { text } = mdxToText('Children aged 5 to 11 & young people (16+) get help.\n');
    expect(text).toBe('Children aged 5 to 11 & young people (16+) get help.');
  });
});
