// The benchmark's baseline: the least a workerd WebSocket fan-out can cost. One Durable
// Object accepts hibernatable sockets at /ws and, on POST /broadcast, sends the body to every
// one of them; no auth, no batching, no shards, no board.
/* global WebSocketPair */
import { DurableObject } from 'cloudflare:workers';

export class Echo extends DurableObject {
  async fetch(request) {
    if (request.headers.get('upgrade') === 'websocket') {
      const [client, server] = Object.values(new WebSocketPair());
      this.ctx.acceptWebSocket(server);
      return new Response(null, { status: 101, webSocket: client });
    }
    const body = await request.text();
    for (const ws of this.ctx.getWebSockets()) ws.send(body);
    return new Response('ok');
  }

  webSocketMessage() {}

  webSocketClose(ws) { ws.close(1000, 'bye'); }
}

export default {
  fetch(request, env) {
    return env.ECHO.get(env.ECHO.idFromName('echo')).fetch(request);
  },
};
