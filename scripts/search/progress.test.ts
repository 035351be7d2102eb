import { describe, expect, it } from 'vitest';
import { createProgressBar, renderProgressBar } from './progress';

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (text: string) => chunks.push(text) } };
}

describe('renderProgressBar', () => {
  it('fills the bar in proportion and groups thousands', () => {
    expect(renderProgressBar({ documents: 4000, total: 10000 }, 10)).toBe('[####......] 4,000/10,000');
    expect(renderProgressBar({ documents: 0, total: 0 }, 4)).toBe('[####] 0/0');
    expect(renderProgressBar({ documents: 12, total: 10 }, 4)).toBe('[####] 12/10');
  });
});

describe('createProgressBar', () => {
  it('redraws one line in place on a terminal', () => {
    const { chunks, stream } = capture(true);
    const bar = createProgressBar({ label: 'Indexing', stream, width: 10 });
    bar.update({ documents: 1000, total: 4000 });
    bar.update({ documents: 4000, total: 4000 });
    bar.done();
    expect(chunks).toEqual(['\rIndexing [###.......] 1,000/4,000', '\rIndexing [##########] 4,000/4,000', '\n']);
  });

  it('prints a line per tenth elsewhere, skipping tenths already reported', () => {
    const { chunks, stream } = capture(false);
    const bar = createProgressBar({ label: 'Indexing', stream });
    for (const documents of [0, 500, 1000, 1050, 3500, 10000]) bar.update({ documents, total: 10000 });
    bar.done();
    expect(chunks).toEqual([
      'Indexing 0% (0/10,000)\n',
      'Indexing 10% (1,000/10,000)\n',
      'Indexing 30% (3,500/10,000)\n',
      'Indexing 100% (10,000/10,000)\n',
    ]);
  });
});
