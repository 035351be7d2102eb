import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import type { MdxComponentName } from '@/lib/content/mdx-components';
import { Callout } from './callout';
import { Details } from './details';
import { H2, H3, H4 } from './headings';
import { MdxLink } from './mdx-link';
import { PrintButton } from './print-button';
import { RelatedServices } from './related-services';
import { SignedVideo } from './signed-video';
import { SourceRef } from './source-ref';
import { Step, Steps } from './steps';
import { Table, Td, Th } from './table';
import { Term } from './term';
import { Stage, Timeline } from './timeline';
import { WarningText } from './warning-text';

// Exactly the components lib/content/mdx-components.ts names: adding one here without listing it
// there (or the reverse) is a type error, so the content test and the renderer never disagree.
// Typed loosely because MDX passes authors' attributes straight through; each component checks
// its own (and the content test checks every page).
const authorComponents: Record<MdxComponentName, ComponentType<any>> = {
  Callout,
  Details,
  PrintButton,
  RelatedServices,
  SignedVideo,
  SourceRef,
  Stage,
  Step,
  Steps,
  Term,
  Timeline,
  WarningText,
};

// Everything a guide's MDX can render. Markdown elements get GOV.UK-like styles; the named
// components are the only JSX authors may use (imports are switched off when compiling).
export const mdxComponents: MDXComponents = {
  h2: H2,
  h3: H3,
  h4: H4,
  a: MdxLink,
  p: (props: ComponentPropsWithoutRef<'p'>) => <p className="mb-5" {...props} />,
  ul: (props: ComponentPropsWithoutRef<'ul'>) => <ul className="mb-5 list-disc ps-5 [&_ul]:mt-1 [&_ul]:mb-0" {...props} />,
  ol: (props: ComponentPropsWithoutRef<'ol'>) => <ol className="mb-5 list-decimal ps-5 [&_ol]:mt-1 [&_ol]:mb-0" {...props} />,
  li: (props: ComponentPropsWithoutRef<'li'>) => <li className="mb-1.5 [&>p]:mb-2" {...props} />,
  strong: (props: ComponentPropsWithoutRef<'strong'>) => <strong className="font-bold" {...props} />,
  blockquote: (props: ComponentPropsWithoutRef<'blockquote'>) => (
    <blockquote className="my-7 border-s-[10px] border-border py-4 ps-4 [&>p:last-child]:mb-0" {...props} />
  ),
  // A model letter or a form answer: wraps on a phone and keeps the reader's font.
  pre: (props: ComponentPropsWithoutRef<'pre'>) => (
    <pre
      className="my-6 overflow-x-auto border border-border bg-light-grey p-4 font-sans whitespace-pre-wrap [overflow-wrap:anywhere] [&>code]:bg-transparent [&>code]:p-0 [&>code]:font-sans"
      {...props}
    />
  ),
  code: (props: ComponentPropsWithoutRef<'code'>) => <code className="bg-light-grey px-1 font-mono text-[0.9em]" {...props} />,
  hr: () => <hr className="my-8 border-t border-border" />,
  table: Table,
  th: Th,
  td: Td,
  ...authorComponents,
};
