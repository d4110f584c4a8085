// Runs a Worker in workerd directly, through Miniflare (the library `wrangler dev` runs it
// with), without the proxy workerd that `wrangler dev` puts in front of it. The proxy holds
// about three descriptors per WebSocket, so with a per-process limit of 20,000 descriptors it
// cannot carry 10,000 sockets; the Worker's own workerd holds about one and a half. The
// Worker's options (bindings, Durable Objects, assets, compatibility) come from its
// wrangler.toml through wrangler's own `unstable_getMiniflareWorkerOptions`, so this runs the
// same Worker `wrangler dev` would, only reached without the hop.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const edgeRequire = createRequire(join(root, 'edge', 'package.json'));

/** `KEY=value` lines, as wrangler reads .dev.vars. @param {string} path */
function devVars(path) {
  /** @type {Record<string, string>} */
  const vars = {};
  let text;
  try { text = readFileSync(path, 'utf8'); } catch { return vars; }
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2].trim();
    if (/^".*"$/s.test(value)) value = JSON.parse(value);
    else if (/^'.*'$/s.test(value)) value = value.slice(1, -1);
    vars[m[1]] = value;
  }
  return vars;
}

/**
 * Starts the Worker of `config` (a wrangler.toml) on 127.0.0.1:`port`, with its .dev.vars
 * (beside the config) and `vars` on top of the config's own. Returns the URL and a stop().
 * @param {string} config @param {{ port: number, vars?: Record<string, string>, persistTo: string }} options
 */
export async function startDirect(config, { port, vars = {}, persistTo }) {
  const wrangler = await import(pathToFileURL(edgeRequire.resolve('wrangler')).href);
  const { Miniflare, convertV4MiniflareOptions } = await import(pathToFileURL(edgeRequire.resolve('miniflare')).href);
  const configPath = resolve(config);
  const { workerOptions, main } = wrangler.unstable_getMiniflareWorkerOptions(configPath);
  if (!main) throw new Error(`${configPath}: no main module`);
  const mainPath = resolve(dirname(configPath), main);
  // wrangler still speaks Miniflare's v4 options; Miniflare 5 converts them.
  const miniflare = new Miniflare(convertV4MiniflareOptions({
    host: '127.0.0.1',
    port,
    defaultPersistRoot: persistTo,
    workers: [{
      ...workerOptions,
      bindings: { ...workerOptions.bindings, ...devVars(join(dirname(configPath), '.dev.vars')), ...vars },
      // The main module and the wasm beside it (what worker-build writes), listed: Miniflare 5
      // takes no module rules.
      modulesRoot: dirname(mainPath),
      modules: [
        { type: 'ESModule', path: mainPath },
        ...readdirSync(dirname(mainPath)).filter((f) => f.endsWith('.wasm'))
          .map((f) => ({ type: 'CompiledWasm', path: join(dirname(mainPath), f) })),
      ],
    }],
  }));
  const url = await miniflare.ready;
  return { url: url.href.replace(/\/$/, ''), stop: () => miniflare.dispose() };
}
