// oauth2-mock-server on OAUTH_MOCK_URL, which the test stack configures as Google's and GitHub's
// endpoints. Test files may run in parallel and all want that one port, so starting waits for
// it to be free.

import { OAuth2Server } from 'oauth2-mock-server';

export const MOCK_URL = process.env.OAUTH_MOCK_URL;

/**
 * Starts a mock provider; `onUserinfo(response, req)` fills in the /userinfo answer (any JSON:
 * GitHub's /user/emails answers with an array).
 * @param {(response: { body: unknown }, req: import('node:http').IncomingMessage) => void} onUserinfo
 */
export async function startMockProvider(onUserinfo, timeoutMs = 120_000) {
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  server.service.on('beforeUserinfo', onUserinfo);
  const url = new URL(MOCK_URL);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await server.start(Number(url.port), url.hostname);
      return server;
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err)?.code !== 'EADDRINUSE' || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
