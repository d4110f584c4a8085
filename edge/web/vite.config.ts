// Vite build for the AlgoArena browser app. The output in dist/ is served as static assets by
// the edge Worker, so everything (Monaco and its worker included) must be bundled here: the
// page may not fetch code from any CDN.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // Monaco alone is a few MB unminified; the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 4096,
    // Fonts are always files of our own: the Content-Security-Policy's `font-src 'self'` refuses
    // the data: URLs Vite would inline small ones as (KaTeX_Size3-Regular.woff2 is 3.6 kB).
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/i.test(file) ? false : undefined),
  },
  worker: { format: 'es' },
  server: {
    // Local development talks to the edge (wrangler dev) on its default port.
    proxy: { '/api': { target: 'http://127.0.0.1:8787', changeOrigin: false } },
  },
});
