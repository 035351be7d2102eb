// The JSX components guide authors may use, by name. components/mdx/mdx-components.tsx must
// provide exactly these (a type check there), and the content test fails a page that uses any
// other, because MDX compiles with imports switched off: an unknown name would only fail when a
// reader opens the page.

export const MDX_COMPONENT_NAMES = [
  'Callout',
  'Details',
  'PrintButton',
  'RelatedServices',
  'SignedVideo',
  'SourceRef',
  'Stage',
  'Step',
  'Steps',
  'Term',
  'Timeline',
  'WarningText',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export function isMdxComponentName(name: string): name is MdxComponentName {
  return (MDX_COMPONENT_NAMES as readonly string[]).includes(name);
}
