// Progress for long search-index commands (`npm run search:reindex`): a bar redrawn in place on a
// terminal, or a plain line at every tenth when the output is a log file or CI. Written to stderr,
// so stdout stays clean for anything piped.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  documents: number;
  total: number;
}

export interface ProgressBar {
  update(progress: Progress): void;
  /** Ends the bar's line (a terminal would otherwise print the next line over it). */
  done(): void;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** `[#####.....] 4,000/10,000`: the bar is `width` characters between the brackets. */
export function renderProgressBar({ documents, total }: Progress, width = 30): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, documents / total)) : 1;
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${numberFormat.format(documents)}/${numberFormat.format(total)}`;
}

export function createProgressBar(options: { label: string; stream?: ProgressStream; width?: number }): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const width = options.width ?? 30;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(progress) {
      if (stream.isTTY) {
        stream.write(`\r${options.label} ${renderProgressBar(progress, width)}`);
        drawn = true;
        return;
      }
      const tenth = progress.total > 0 ? Math.floor((Math.min(progress.documents, progress.total) / progress.total) * 10) : 10;
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      stream.write(`${options.label} ${tenth * 10}% (${numberFormat.format(progress.documents)}/${numberFormat.format(progress.total)})\n`);
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
