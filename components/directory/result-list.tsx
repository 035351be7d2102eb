import { ResultCard, type ResultCardData, type ResultCardLabels } from './result-card';

interface ResultListProps {
  results: readonly ResultCardData[];
  labels: ResultCardLabels;
  /** Number of the first result on this page, so a screen reader's list position matches the page. */
  start: number;
}

export function ResultList({ results, labels, start }: ResultListProps) {
  return (
    <ol start={start} className="m-0 list-none p-0">
      {results.map((result) => (
        <li key={result.id}>
          <ResultCard result={result} labels={labels} />
        </li>
      ))}
    </ol>
  );
}
