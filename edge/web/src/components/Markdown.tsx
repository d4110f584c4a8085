// Renders Markdown: problem statements, editorials, hints, solutions, notes. The text comes
// from problem authors and users, so the HTML is sanitized with DOMPurify before it reaches
// the DOM. TeX between `$…$` and `$$…$$` is typeset with KaTeX (lib/math.ts finds it, lib/tex.ts
// loads KaTeX when a text has some).

import DOMPurify, { type Config } from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';
import { mathExtension, texSource, type TexRenderer } from '../lib/math';
import { useTexRenderer } from '../lib/tex';

// One parser; the math renderer of the current (synchronous) parse is set just before it runs.
const current: { render: TexRenderer; math: boolean } = { render: texSource, math: false };
const parser = new Marked(
  { gfm: true },
  mathExtension((tex, display) => {
    current.math = true;
    return current.render(tex, display);
  }),
);

// DOMPurify's defaults (HTML, SVG and MathML, no script, no event handlers, no javascript: URLs)
// plus the two MathML elements KaTeX wraps its TeX source in, which the defaults drop. KaTeX's
// own HTML is spans with classes and inline styles, and SVG paths, all kept by the defaults.
const PURIFY: Config = { ADD_TAGS: ['semantics', 'annotation'], ADD_ATTR: ['encoding'] };

/** `source` as sanitized HTML, and whether it has math in it. */
function markdownToHtml(source: string, render: TexRenderer | null): { html: string; math: boolean } {
  current.render = render ?? texSource;
  current.math = false;
  const html = parser.parse(source, { async: false });
  return { html: DOMPurify.sanitize(html, PURIFY), math: current.math };
}

export function Markdown({ source, className, testId }: { source: string; className?: string; testId?: string }) {
  // Rendered first with math as its source; that tells whether KaTeX is needed (a `$` alone is
  // no math), and the text is rendered again once KaTeX is there.
  const plain = useMemo(() => markdownToHtml(source, null), [source]);
  const tex = useTexRenderer(plain.math);
  const typeset = useMemo(() => (tex && plain.math ? markdownToHtml(source, tex).html : null), [source, tex, plain.math]);
  const math = plain.math ? (typeset === null ? 'pending' : 'rendered') : undefined;
  return <div className={`markdown ${className ?? ''}`} data-testid={testId} data-math={math} dangerouslySetInnerHTML={{ __html: typeset ?? plain.html }} />;
}
