// A small HTTP client for the end-to-end tests: JSON in and out, and a cookie jar for the
// refresh cookie, talking to the running edge at BASE_URL.

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, '');

export class Client {
  constructor() {
    this.cookies = new Map();
    this.accessToken = null;
  }

  async request(method, path, { json, body, headers = {}, token } = {}) {
    const h = { ...headers };
    if (json !== undefined) {
      h['content-type'] = 'application/json';
      body = JSON.stringify(json);
    } else if (body !== undefined && !h['content-type']) {
      h['content-type'] = 'application/json';
    }
    const bearer = token === undefined ? this.accessToken : token;
    if (bearer) h.authorization = `Bearer ${bearer}`;
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(BASE_URL + path, { method, headers: h, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) this.#remember(line);
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = text; }
    return { status: res.status, headers: res.headers, data, setCookies: res.headers.getSetCookie() };
  }

  #remember(line) {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const [name, ...rest] = pair.split('=');
    const value = rest.join('=');
    const expired = attrs.some((a) => /^max-age=0$/i.test(a));
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  get(path, opts) { return this.request('GET', path, opts); }
  post(path, opts) { return this.request('POST', path, opts); }
}

export function randomUser() {
  const tag = Math.random().toString(16).slice(2, 12);
  return { email: `api-${tag}@example.com`, username: `api_${tag}`, password: `Pw-${tag}-long-enough` };
}

export async function waitForVerdict(client, id, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(`/api/submissions/${id}`);
    if (res.status !== 200) throw new Error(`GET submission ${id}: ${res.status} ${JSON.stringify(res.data)}`);
    if (res.data.finished) return res.data;
    if (Date.now() > deadline) throw new Error(`submission ${id} not judged in ${timeoutMs} ms: ${JSON.stringify(res.data)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
