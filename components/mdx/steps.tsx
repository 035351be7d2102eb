import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';

interface StepProps {
  title: string;
  /** Filled in by <Steps>; authors do not set it. */
  number?: number;
  children?: ReactNode;
}

/**
 * A numbered sequence of steps (GOV.UK step by step): each <Step title="..."> gets a number
 * drawn in a circle, with "Step 1" spelt out for screen readers.
 */
export function Steps({ children }: { children: ReactNode }) {
  const steps = Children.toArray(children).filter(
    (child): child is ReactElement<StepProps> => isValidElement<StepProps>(child),
  );
  return (
    <ol role="list" className="my-8 list-none p-0">
      {steps.map((step, index) => cloneElement(step, { number: index + 1, key: step.key ?? index }))}
    </ol>
  );
}

export function Step({ title, number, children }: StepProps) {
  const t = useTranslations('Mdx');
  return (
    <li className="relative border-s-2 border-mid-grey pb-6 ps-10 ms-4 last:border-s-transparent last:pb-0">
      <span
        aria-hidden="true"
        className="absolute -start-[1.0625rem] top-0 flex size-8 items-center justify-center rounded-full border-2 border-ink bg-white text-base font-bold"
      >
        {number}
      </span>
      <h3 className="heading-s mb-2 pt-1">
        <span className="sr-only">{t('step', { number: number ?? 0 })}: </span>
        {title}
      </h3>
      <div className="[&>p:last-child]:mb-0 [&>ul:last-child]:mb-0">{children}</div>
    </li>
  );
}
