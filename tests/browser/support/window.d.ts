// The app's test hook (edge/web/src/global.d.ts), as the browser tests see it in the page.
interface Window {
  __aaEditor: { getValue(): string; setValue(code: string): void };
}
