// TeX math in Markdown, the way statements imported from ICPC/Kattis LaTeX (and some of our own)
// write it: `$…$` inline, `$$…$$` display. This file only finds the math (a marked extension);
// what it becomes is up to the `TexRenderer` given (KaTeX, loaded lazily: see tex.ts).
//
// The rules are pandoc's `tex_math_dollars`, so that prices in prose stay prose:
// - an opening `$` is not followed by whitespace, and the closing `$` is the next unescaped `$`,
//   which must not follow whitespace nor be followed by a digit ("costs $5 and $10" has no
//   math); if that `$` does not qualify, the opening one is a plain dollar;
// - `$$…$$` is display math: inside a paragraph, or as a block of its own whose delimiters may
//   sit on lines of their own (then Markdown inside it, such as a line starting with `- `, is
//   not Markdown);
// - `\$` is a literal dollar (Markdown's escape), and inside math it is TeX's;
// - code spans and code blocks are left alone (marked tokenizes them before we see a `$`).

import type { MarkedExtension, Tokens } from 'marked';

/** Turns TeX into HTML: `display` for `$$…$$`. Must escape what it does not render. */
export type TexRenderer = (tex: string, display: boolean) => string;

/** Math found at the start of some text: its source with delimiters, the TeX, and its kind. */
export interface MathMatch {
  raw: string;
  tex: string;
  display: boolean;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The `$…$` or `$$…$$` math that `src` starts with, or null when it starts with none. */
export function matchMath(src: string): MathMatch | null {
  if (!src.startsWith('$')) return null;
  if (src.startsWith('$$')) {
    const end = closingDisplay(src, 2);
    if (end < 0) return null;
    const tex = src.slice(2, end).trim();
    return tex ? { raw: src.slice(0, end + 2), tex, display: true } : null;
  }
  if (src.length < 3 || isSpace(src[1])) return null;
  let afterSpace = false;
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === '$') {
      // The first unescaped `$` closes the math, or nothing does.
      if (afterSpace || isDigit(src[i + 1])) return null;
      return { raw: src.slice(0, i + 1), tex: src.slice(1, i), display: false };
    }
    afterSpace = isSpace(c);
    if (c === '\\') i++; // the escaped character is TeX's (`\$` and `\ ` included)
  }
  return null;
}

/** Where the `$$` closing display math that opens before `from` starts, or -1. */
function closingDisplay(src: string, from: number): number {
  for (let i = from; i < src.length - 1; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '$' && src[i + 1] === '$') return i;
  }
  return -1;
}

/** A display block at the start of `src`: `$$` (indented at most 3 spaces) up to a `$$` that ends its line. */
export function matchMathBlock(src: string): MathMatch | null {
  const open = /^ {0,3}\$\$/.exec(src);
  if (!open) return null;
  const from = open[0].length;
  const end = closingDisplay(src, from);
  if (end < 0) return null;
  const rest = /^[ \t]*(?:\n+|$)/.exec(src.slice(end + 2));
  const tex = src.slice(from, end).trim();
  if (!rest || !tex) return null;
  return { raw: src.slice(0, end + 2 + rest[0].length), tex, display: true };
}

/** Index of the first `$` in `src` that is not escaped with a backslash, or -1. */
function firstDollar(src: string): number {
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '$') return i;
  }
  return -1;
}

/** Where in `src` a line that is a whole display block starts, or -1. */
function firstMathBlock(src: string): number {
  const lines = /(?:^|\n)( {0,3}\$\$)/g;
  for (let m = lines.exec(src); m; m = lines.exec(src)) {
    const at = m.index + m[0].length - m[1].length;
    if (matchMathBlock(src.slice(at))) return at;
  }
  return -1;
}

/**
 * Hides the math in `masked` (the inline source as marked masks it to look for `*`, `_` and `~`
 * delimiters, same length, escapes already masked) so that emphasis never pairs with a
 * delimiter inside math: `*see $a^*$*` emphasises "see" and the math.
 */
function maskMath(masked: string): string {
  let out = '';
  let at = 0;
  for (let i = masked.indexOf('$'); i >= 0; i = masked.indexOf('$', i)) {
    const m = matchMath(masked.slice(i));
    if (!m) {
      i += masked.startsWith('$$', i) ? 2 : 1;
      continue;
    }
    out += masked.slice(at, i) + '$' + 'a'.repeat(m.raw.length - 2) + '$';
    i += m.raw.length;
    at = i;
  }
  return out + masked.slice(at);
}

interface MathToken extends Tokens.Generic {
  type: 'math' | 'mathBlock';
  raw: string;
  tex: string;
  display: boolean;
}

/** The marked extension that renders math with `render`. */
export function mathExtension(render: TexRenderer): MarkedExtension {
  const token = (type: MathToken['type'], m: MathMatch | null): MathToken | undefined => (m ? { type, ...m } : undefined);
  return {
    extensions: [
      {
        name: 'mathBlock',
        level: 'block',
        start: (src) => {
          const at = firstMathBlock(src);
          return at < 0 ? undefined : at;
        },
        tokenizer: (src) => token('mathBlock', matchMathBlock(src)),
        renderer: (t) => `<div class="math-block">${render((t as MathToken).tex, true)}</div>\n`,
      },
      {
        name: 'math',
        level: 'inline',
        start: (src) => {
          const at = firstDollar(src);
          return at < 0 ? undefined : at;
        },
        tokenizer: (src) => token('math', matchMath(src)),
        renderer: (t) => render((t as MathToken).tex, (t as MathToken).display),
      },
    ],
    hooks: { emStrongMask: maskMath },
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe to put in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Shows the math as its source until KaTeX is there (or if it cannot be loaded). */
export const texSource: TexRenderer = (tex, display) => `<span class="math-pending">${escapeHtml(display ? `$$${tex}$$` : `$${tex}$`)}</span>`;
