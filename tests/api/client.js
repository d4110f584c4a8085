// A small HTTP client for the end-to-end tests: JSON in and out, and a cookie jar for the
// refresh cookie, talking to the running edge at BASE_URL. Each client has its own IP address
// (CF-Connecting-IP, which wrangler dev passes through and Cloudflare sets), so per-IP rate
// limits see separate people. Also: the local mail outbox the farm writes to.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, '');
/** The farm's mail outbox (MAIL_OUTBOX_DIR; the dev stack's default is .local/outbox). */
export const OUTBOX = process.env.MAIL_OUTBOX_DIR ?? fileURLToPath(new URL('../../.local/outbox', import.meta.url));

export function randomIp() {
  const byte = () => 1 + Math.floor(Math.random() * 254);
  return `10.${byte()}.${byte()}.${byte()}`;
}

/**
 * @typedef {object} RequestOptions
 * @property {unknown} [json] A body sent as JSON.
 * @property {string} [body] A raw body (sent as application/json unless headers say otherwise).
 * @property {Record<string, string>} [headers]
 * @property {string | null} [token] The bearer token; the client's own accessToken when absent, none when null.
 */

/**
 * @typedef {object} ApiResponse
 * @property {number} status
 * @property {Headers} headers
 * @property {any} data The parsed JSON body (the raw text when it is not JSON, null when empty).
 * @property {string[]} setCookies
 */

export class Client {
  /** @param {{ ip?: string }} [options] */
  constructor({ ip = randomIp() } = {}) {
    /** @type {Map<string, string>} */
    this.cookies = new Map();
    /** @type {string | null} */
    this.accessToken = null;
    this.ip = ip;
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {RequestOptions} [options]
   * @returns {Promise<ApiResponse>}
   */
  async request(method, path, { json, body, headers = {}, token } = {}) {
    /** @type {Record<string, string>} */
    const h = { 'cf-connecting-ip': this.ip, ...headers };
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
    /** @type {any} */
    let data;
    try { data = text ? JSON.parse(text) : null; } catch { data = text; }
    return { status: res.status, headers: res.headers, data, setCookies: res.headers.getSetCookie() };
  }

  /** @param {string} line A Set-Cookie header. */
  #remember(line) {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const [name, ...rest] = pair.split('=');
    const value = rest.join('=');
    const expired = attrs.some((a) => /^max-age=0$/i.test(a));
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  /** @param {string} path @param {RequestOptions} [opts] */
  get(path, opts) { return this.request('GET', path, opts); }
  /** @param {string} path @param {RequestOptions} [opts] */
  post(path, opts) { return this.request('POST', path, opts); }
}

export function randomUser() {
  const tag = Math.random().toString(16).slice(2, 12);
  return { email: `api-${tag}@example.com`, username: `api_${tag}`, password: `Pw-${tag}-long-enough` };
}

/**
 * Polls a submission until it is judged; resolves to its final JSON.
 * @param {Client} client
 * @param {string} id
 * @returns {Promise<any>}
 */
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

/**
 * @typedef {object} Mail A mail the farm wrote to the outbox.
 * @property {string} to
 * @property {string} subject
 * @property {string} text
 */

/** Subject fragments naming each mail of the account flows. */
export const MAIL = {
  verification: 'verification code',
  anotherSignUp: 'Another sign-up',
  signUpRefused: 'did not go through',
  twoFactorChanged: 'two-factor authentication changed',
  twoFactorReset: 'Turning off two-factor',
  passwordReset: 'Reset your',
  signInLink: 'sign-in link',
};

/**
 * Every mail sent to `email` so far whose subject contains `about` (any subject when empty), oldest first.
 * @param {string} email
 * @returns {Promise<Mail[]>}
 */
export async function mailsTo(email, about = '') {
  const names = (await readdir(OUTBOX).catch(() => /** @type {string[]} */ ([]))).filter((n) => n.endsWith('.json')).sort();
  const mails = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(OUTBOX, n), 'utf8'))));
  return mails.filter((m) => m.to === email.toLowerCase() && m.subject.includes(about));
}

/**
 * Waits until `email` has `nth` mails whose subject contains `about`; returns the last of them.
 * Mail goes out in the background, so two mails from one request can land in either order:
 * a test names the mail it wants by subject, never by its place in the outbox.
 * @param {string} email @param {string} about @returns {Promise<Mail>}
 */
export async function waitForMail(email, about, nth = 1, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(email, about);
    if (mails.length >= nth) return mails[nth - 1];
    if (Date.now() > deadline) throw new Error(`mail #${nth} about "${about}" to ${email} never arrived in ${OUTBOX}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** @param {Mail} mail */
export const codeIn = (mail) => /code is (\d{6})/.exec(mail.text)?.[1];
/** @param {Mail} mail */
export const tokenIn = (mail) => /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];

/** Registers `user`, confirms the address with the mailed code; the client is then signed in. */
/** @param {Client} client */
export async function signUp(client, user = randomUser()) {
  const before = (await mailsTo(user.email, MAIL.verification)).length;
  const reg = await client.post('/api/auth/register', { json: user });
  if (reg.status !== 202) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.data)}`);
  const code = codeIn(await waitForMail(user.email, MAIL.verification, before + 1));
  const session = await client.post('/api/auth/verify-email', { json: { email: user.email, code } });
  if (session.status !== 200 || !session.data.access_token) throw new Error(`verify-email: ${session.status} ${JSON.stringify(session.data)}`);
  client.accessToken = session.data.access_token;
  return { user, session };
}
