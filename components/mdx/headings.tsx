import type { ComponentPropsWithoutRef } from 'react';
import { headingId } from '@/lib/content/headings';
import { textContent } from './text-content';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

// The page's own <h1> is its title, so MDX headings start at level 2. Ids come from the text
// (lib/content/headings.ts) so "On this page" links and shared #links keep working.

export function H2({ id, className, children, ...props }: HeadingProps) {
  return (
    <h2 id={id ?? headingId(textContent(children))} className={className ?? 'heading-l mt-10'} {...props}>
      {children}
    </h2>
  );
}

export function H3({ id, className, children, ...props }: HeadingProps) {
  return (
    <h3 id={id ?? headingId(textContent(children))} className={className ?? 'heading-m mt-8'} {...props}>
      {children}
    </h3>
  );
}

export function H4({ id, className, children, ...props }: HeadingProps) {
  return (
    <h4 id={id ?? headingId(textContent(children))} className={className ?? 'heading-s mt-6'} {...props}>
      {children}
    </h4>
  );
}
