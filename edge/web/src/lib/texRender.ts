// KaTeX itself, with its stylesheet (which names its fonts: Vite bundles them as files of our
// own origin, as the Content-Security-Policy's `font-src 'self'` wants). Only tex.ts imports
// this file, dynamically, so KaTeX is fetched the first time a page shows math.

import katex from 'katex';
import 'katex/dist/katex.min.css';
import { escapeHtml, type TexRenderer } from './math';

export const renderTex: TexRenderer = (tex, display) => {
  try {
    // throwOnError: false renders a TeX error as the source in KaTeX's error colour. trust:
    // false (the default, said here on purpose) keeps \href, \url, \htmlClass and the like
    // from making links or attributes out of what authors and users write.
    return katex.renderToString(tex, { displayMode: display, throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml' });
  } catch {
    // KaTeX throws only ParseErrors when asked not to throw; anything else still shows the source.
    return `<span class="katex-error">${escapeHtml(tex)}</span>`;
  }
};
