// A contest's live room (GET /api/contests/:slug/room, docs/api.md "Contest rooms"): the board
// from the first contest:snapshot, then contest:rank_update deltas applied in seq order. An
// update whose prev_seq is not the board's seq means something was missed: the hook asks for a
// snapshot (resync) rather than draw a wrong board. A dropped socket reconnects with backoff
// and starts over from a fresh snapshot. The access token rides in the protocol list, since a
// browser cannot set headers on a WebSocket; when it expires the room closes the socket with
// TOKEN_EXPIRED, and the hook refreshes the token and reconnects at once.

import { useEffect, useReducer } from 'react';
import { currentToken, refreshedToken } from '../api/authed';

export interface Total { points: number; penalty: number }
export interface Cell { solved_at: number | null; rejected: number; best_score: number; pending: number }
export interface StandingRow { rank: number; username: string; total: Total; cells: Cell[] }
export interface SubmissionNotice { username: string; problem: string; status: string; failed_test: number | null }

export type RoomEvent =
  | { event: 'contest:snapshot'; seq: number; rows: StandingRow[]; frozen: boolean }
  | { event: 'contest:rank_update'; seq: number; prev_seq: number; rows: StandingRow[] }
  | { event: 'contest:submission'; seq: number; submission: SubmissionNotice }
  | { event: 'contest:timer_tick'; now: string; ends_at: string }
  | { event: 'contest:ended'; seq: number };

export interface RoomState {
  status: 'connecting' | 'live' | 'reconnecting' | 'ended';
  /** -1 until the first snapshot. */
  seq: number;
  /** In rank order. */
  rows: StandingRow[];
  frozen: boolean;
  endsAt: string | null;
  /** Server clock minus ours (ms), from the last tick, so countdowns follow the server. */
  clockOffsetMs: number;
  /** The signed-in user's own verdicts, newest first. */
  submissions: SubmissionNotice[];
}

export const initialRoom: RoomState = {
  status: 'connecting', seq: -1, rows: [], frozen: false, endsAt: null, clockOffsetMs: 0, submissions: [],
};

type Action = RoomEvent | { event: 'status'; status: RoomState['status'] };

const byRank = (a: StandingRow, b: StandingRow) => a.rank - b.rank || a.username.localeCompare(b.username);

/** Whether `event` continues the board (false: a gap, resync). */
export function continues(state: RoomState, event: RoomEvent): boolean {
  return event.event !== 'contest:rank_update' || event.prev_seq === state.seq;
}

/** Applies one event; a rank update that does not continue the board leaves it unchanged. */
export function reduceRoom(state: RoomState, action: Action): RoomState {
  switch (action.event) {
    case 'status':
      return state.status === 'ended' ? state : { ...state, status: action.status };
    case 'contest:snapshot':
      return { ...state, status: state.status === 'ended' ? 'ended' : 'live', seq: action.seq, rows: [...action.rows].sort(byRank), frozen: action.frozen };
    case 'contest:rank_update': {
      if (!continues(state, action) || action.seq <= state.seq) return state;
      const changed = new Map(action.rows.map((r) => [r.username, r]));
      const rows = state.rows.filter((r) => !changed.has(r.username)).concat(action.rows).sort(byRank);
      return { ...state, seq: action.seq, rows };
    }
    case 'contest:submission':
      return { ...state, submissions: [action.submission, ...state.submissions].slice(0, 20) };
    case 'contest:timer_tick':
      return { ...state, endsAt: action.ends_at, clockOffsetMs: Date.parse(action.now) - Date.now() };
    case 'contest:ended':
      return { ...state, status: 'ended' };
  }
}

/** The room's close code for an expired access token (edge rooms/contest_room/expiry.rs). */
export const TOKEN_EXPIRED = 4001;

const BACKOFF_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

function roomUrl(slug: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/contests/${encodeURIComponent(slug)}/room`;
}

/** The live board of contest `slug` (no socket when `slug` is null). */
export function useContestRoom(slug: string | null): RoomState {
  const [state, dispatch] = useReducer(reduceRoom, initialRoom);

  useEffect(() => {
    if (!slug) return;
    let socket: WebSocket | null = null;
    let timer: number | undefined;
    let attempt = 0;
    let stopped = false;
    let ended = false;
    // The seq the board is at as events arrive (the state lags a render behind).
    let seq = -1;

    const connect = async (refresh = false) => {
      const token = await (refresh ? refreshedToken() : currentToken()).catch(() => null);
      if (stopped) return;
      const protocols = token ? ['algoarena.room', `bearer.${token}`] : ['algoarena.room'];
      const ws = new WebSocket(roomUrl(slug), protocols);
      socket = ws;
      ws.onmessage = (message) => {
        let event: RoomEvent;
        try { event = JSON.parse(String(message.data)) as RoomEvent; } catch { return; }
        if (event.event === 'contest:snapshot') { seq = event.seq; attempt = 0; }
        else if (event.event === 'contest:rank_update') {
          if (event.seq <= seq) return;
          if (event.prev_seq !== seq) {
            ws.send(JSON.stringify({ type: 'resync', last_seq: seq < 0 ? null : seq }));
            return;
          }
          seq = event.seq;
        } else if (event.event === 'contest:ended') ended = true;
        dispatch(event);
      };
      ws.onclose = (close) => {
        if (stopped || ended) return;
        dispatch({ event: 'status', status: 'reconnecting' });
        if (close.code === TOKEN_EXPIRED) {
          // Not a failure: the token ran out. A new one, and straight back in.
          void connect(true);
          return;
        }
        const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
        attempt += 1;
        // Jitter, so a restarted room is not hit by every browser at the same instant.
        timer = window.setTimeout(() => void connect(), delay / 2 + Math.random() * delay);
      };
    };
    void connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      socket?.close();
    };
  }, [slug]);

  return state;
}
