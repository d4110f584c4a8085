// Globals the app adds to window.

/** Test hook: end-to-end tests set the editor's text through this instead of typing into Monaco. */
interface AlgoArenaEditorHook {
  getValue(): string;
  setValue(code: string): void;
}

interface Window {
  __aaEditor?: AlgoArenaEditorHook;
}
