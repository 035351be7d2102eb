import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { getGlossaryEntry } from './glossary';

// What a guide says, as plain text, for the site search index: MDX parsed properly (not by
// regular expressions, which break on a "<" in prose or a table cell holding a component), then
// walked for the words a reader sees. Components contribute their visible words: a step's title,
// a callout's title, a term's text; citations are left out (they would make "regulation 13"
// match every page) and so are expressions.

export interface GuideText {
  /** Level 2 to 4 headings, in order. */
  headings: string[];
  /** The body as readable paragraphs separated by blank lines. */
  text: string;
}

/** Attributes whose value is text a reader sees on the page. */
const VISIBLE_ATTRIBUTES = ['when', 'title', 'summary', 'label'] as const;
/** Components whose output is not prose: citations and the print button. */
const SILENT_COMPONENTS = new Set(['SourceRef', 'PrintButton']);

type JsxAttribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

function attributeText(attributes: readonly JsxAttribute[], name: string): string | undefined {
  const attribute = attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function glossaryTerm(id: string | undefined): string {
  if (!id) return '';
  try {
    return getGlossaryEntry('en', id).term;
  } catch {
    return '';
  }
}

// A citation removed from "within 6 weeks <SourceRef ... />." leaves a space before the full stop.
function collapse(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
}

/** Inline text of a node, as a reader sees it. */
function inlineText(node: RootContent | Root): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement': {
      const name = node.name ?? '';
      if (SILENT_COMPONENTS.has(name)) return '';
      const labels = VISIBLE_ATTRIBUTES.map((a) => attributeText(node.attributes, a)).filter(Boolean);
      const children = node.children.map((child) => inlineText(child as RootContent)).join('');
      // <Term id="senco" /> shows the glossary's word.
      if (name === 'Term' && children.trim() === '') return glossaryTerm(attributeText(node.attributes, 'id'));
      return [...labels, children].join(' ');
    }
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return '';
    default:
      return 'children' in node ? (node.children as RootContent[]).map(inlineText).join('') : '';
  }
}

function blocks(node: RootContent | Root, out: string[], headings: string[]): void {
  switch (node.type) {
    case 'heading': {
      const text = collapse(inlineText(node));
      if (node.depth >= 2 && node.depth <= 4 && text) headings.push(text);
      if (text) out.push(text);
      return;
    }
    case 'paragraph':
    case 'tableCell': {
      const text = collapse(inlineText(node));
      if (text) out.push(text);
      return;
    }
    case 'tableRow': {
      const text = node.children.map((cell) => collapse(inlineText(cell))).filter(Boolean).join(' · ');
      if (text) out.push(text);
      return;
    }
    case 'code': {
      const text = collapse(node.value);
      if (text) out.push(text);
      return;
    }
    case 'mdxJsxFlowElement': {
      const name = node.name ?? '';
      if (SILENT_COMPONENTS.has(name)) return;
      const labels = VISIBLE_ATTRIBUTES.map((a) => attributeText(node.attributes, a)).filter((v): v is string => Boolean(v));
      if (labels.length > 0) out.push(collapse(labels.join(' ')));
      for (const child of node.children) blocks(child as RootContent, out, headings);
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
    case 'html':
    case 'definition':
    case 'thematicBreak':
    case 'yaml':
      return;
    default:
      if ('children' in node) {
        for (const child of node.children as RootContent[]) blocks(child, out, headings);
      } else {
        const text = collapse(inlineText(node));
        if (text) out.push(text);
      }
  }
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The headings and readable text of a guide's MDX body (without frontmatter). */
export function mdxToText(body: string): GuideText {
  const tree = parser.runSync(parser.parse(body)) as Root;
  const out: string[] = [];
  const headings: string[] = [];
  blocks(tree, out, headings);
  return { headings, text: out.join('\n\n') };
}
