// A solution's code, read-only, coloured by the same Monaco build as the editor. Loaded lazily
// (React.lazy) like the editor, so the list never downloads Monaco until a solution is opened.

import { useEffect, useRef } from 'react';
import { monaco, monacoLanguage } from '../editor/monaco';

const LINE_PX = 19;
const MAX_PX = 520;

export default function CodeViewer({ code, language }: { code: string; language: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const editor = monaco.editor.create(host.current!, {
      value: code,
      language: monacoLanguage(language),
      theme: 'vs-dark',
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineHeight: LINE_PX,
      fontFamily: "'JetBrains Mono', 'Fira Code', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
      scrollBeyondLastLine: false,
      renderLineHighlight: 'none',
      padding: { top: 8, bottom: 8 },
    });
    return () => editor.dispose();
  }, [code, language]);
  const lines = code.split('\n').length;
  // Tall enough for the whole code up to a bound; longer code scrolls inside.
  const height = Math.min(MAX_PX, lines * LINE_PX + 16);
  return <div ref={host} className="solution-code" data-testid="solution-code" data-code={code} style={{ height }} />;
}
