// Markdown block structure from remark-parse (+ frontmatter). Returns prose blocks, the frontmatter
// and the mdast tree (reused by the natural-language pass, so the text is parsed once).
import type { Root, RootContent } from 'mdast';
import { refineBlock, type RawBlock } from './blocks.js';
import type { Span } from './types.js';

export interface MarkdownStructure {
  readonly blocks: RawBlock[];
  readonly frontmatter?: Span & { readonly value: string };
}

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

export function markdownBlocks(text: string, tree: Root): MarkdownStructure {
  const blocks: RawBlock[] = [];
  let frontmatter: MarkdownStructure['frontmatter'];
  const visit = (node: RootContent | Root, inList: boolean): void => {
    const span = 'position' in node ? spanOf(node) : null;
    switch (node.type) {
      case 'yaml':
        if (span) frontmatter = { ...span, value: node.value };
        return;
      case 'heading':
        if (span) blocks.push({ ...span, kind: 'heading', depth: node.depth });
        return;
      case 'paragraph':
        if (span) blocks.push(...refineBlock(text, span, inList ? 'list-item' : 'paragraph'));
        return;
      case 'table':
        if (span) blocks.push({ ...span, kind: 'other' });
        return;
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) {
          for (const child of node.children as RootContent[]) visit(child, inList || node.type === 'list');
        }
    }
  };
  visit(tree, false);
  return frontmatter ? { blocks, frontmatter } : { blocks };
}
