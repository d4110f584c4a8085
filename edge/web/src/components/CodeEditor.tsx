// The solution editor: a Monaco instance in the app's theme (vs or vs-dark, switched with it),
// loaded lazily (React.lazy) so that pages without an editor never download Monaco.

import { useEffect, useLayoutEffect, useRef } from 'react';
import { monaco, monacoLanguage } from '../editor/monaco';
import { useTheme, type Theme } from '../theme/theme';

const monacoTheme = (theme: Theme) => (theme === 'dark' ? 'vs-dark' : 'vs');

export interface CodeEditorProps {
  value: string;
  /** The judge's language id, e.g. `python3`. */
  language: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onSubmit?: () => void;
  /** Ctrl/Cmd+' (as on LeetCode). */
  onRun?: () => void;
}

export default function CodeEditor({ value, language, onChange, onSubmit, onRun }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const { theme } = useTheme();
  // The editor is created once; it reads the latest callbacks through refs.
  const callbacks = useRef({ onChange, onSubmit, onRun });
  useLayoutEffect(() => {
    callbacks.current = { onChange, onSubmit, onRun };
  });
  // What the editor itself produced since the page last showed the same code. Each keystroke
  // re-renders the page, and React applies the new `value` only after the browser has handled
  // more input, so a `value` can be an older copy of what was typed: writing it back would drop
  // the keystrokes since and move the cursor to the top.
  const typedSinceInSync = useRef<string[]>([]);

  useEffect(() => {
    const editor = monaco.editor.create(host.current!, {
      value,
      language: monacoLanguage(language),
      theme: monacoTheme(theme),
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      fontFamily: "'JetBrains Mono', 'Fira Code', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
      scrollBeyondLastLine: false,
      tabSize: 4,
      padding: { top: 12 },
    });
    editorRef.current = editor;
    const sub = editor.onDidChangeModelContent(() => {
      const code = editor.getValue();
      const typed = typedSinceInSync.current;
      typed.push(code);
      // A page that lags by this many keystrokes has stalled; keep the memory bounded.
      if (typed.length > 256) typed.shift();
      callbacks.current.onChange(code);
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onSubmit?.());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Quote, () => callbacks.current.onRun?.());
    window.__aaEditor = { getValue: () => editor.getValue(), setValue: (code) => editor.setValue(code) };
    return () => {
      sub.dispose();
      editor.dispose();
      editorRef.current = null;
      delete window.__aaEditor;
    };
    // Created once per mount; value and language changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Typing feeds `value` back through onChange; only an outside change (a new language, a
  // restored draft) is written into the editor, never an older copy of the typing.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const typed = typedSinceInSync.current;
    if (editor.getValue() === value) {
      typed.length = 0;
    } else if (!typed.includes(value)) {
      editor.setValue(value);
      typed.length = 0;
    }
  }, [value]);

  // Monaco's theme is global to the page: one call recolours every editor.
  useEffect(() => {
    monaco.editor.setTheme(monacoTheme(theme));
  }, [theme]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, monacoLanguage(language));
  }, [language]);

  return <div className="code-editor" ref={host} data-testid="editor" />;
}
