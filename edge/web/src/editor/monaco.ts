// Monaco, bundled locally and trimmed to what a solution editor needs: the core editor API,
// a chosen set of editing features, and syntax colouring for the judge's ten languages.
// Nothing is fetched from a CDN; the editor's web worker is bundled by Vite (`?worker`).

import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Editing features. editor.api alone is a bare text area; editor.main would pull in every
// feature and ~80 languages, several MB we do not need.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';

// Tokenizers only (Monarch grammars); no language servers.
import 'monaco-editor/languages/definitions/python/register';
// The cpp grammar registers both `cpp` and `c`.
import 'monaco-editor/languages/definitions/cpp/register';
import 'monaco-editor/languages/definitions/java/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/rust/register';
import 'monaco-editor/languages/definitions/kotlin/register';
import 'monaco-editor/languages/definitions/csharp/register';

// Only the plain editor worker is ever needed: we register no language with its own worker.
self.MonacoEnvironment = {
  getWorker() {
    return new EditorWorker();
  },
};

/** The judge's language id → Monaco's language id. */
export function monacoLanguage(languageId: string): string {
  const map: Record<string, string> = {
    python3: 'python',
    cpp17: 'cpp',
    java: 'java',
    javascript: 'javascript',
    typescript: 'typescript',
    go: 'go',
    rust: 'rust',
    kotlin: 'kotlin',
    csharp: 'csharp',
    c: 'c',
  };
  return map[languageId] ?? 'plaintext';
}

export { monaco };
