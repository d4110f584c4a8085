// The live leaderboard of a contest: updates without reload from the contest's room
// (useContestRoom), pins the signed-in user's row above the table, paginates on the client
// (the room holds the whole public board), and shows the user's own verdicts as they land.
// Mount it as <LiveLeaderboard slug={slug} />; problem letters label the cells when given, and
// for a rated contest (`rated`) a signed-in participant sees their predicted rating change.

import { useEffect, useRef, useState } from 'react';
import { getMyRank } from '../api/contests';
import { useSession } from '../auth/useSession';
import { useLoad } from '../practice/useLoad';
import { cellText } from './cells';
import { useContestRoom, type StandingRow } from './useContestRoom';

export interface LiveLeaderboardProps {
  slug: string;
  /** The contest's problem letters (A, B, ...), in contest order, for the cell headers. */
  letters?: string[];
  perPage?: number;
  /** A rated contest: the signed-in user sees their predicted rating change. */
  rated?: boolean;
}

function Row({ row, letters, mine }: { row: StandingRow; letters: number; mine: boolean }) {
  return (
    <tr className={mine ? 'board-row board-row-mine' : 'board-row'} data-testid={mine ? 'board-row-mine' : 'board-row'}>
      <td className="col-num">{row.rank}</td>
      <td>{row.username}</td>
      <td className="col-num">{row.total.points}</td>
      <td className="col-num">{Math.floor(row.total.penalty / 60)}</td>
      {Array.from({ length: letters }, (_, i) => <td key={i} className="col-num">{cellText(row, i)}</td>)}
    </tr>
  );
}

/** `value`, changing at most once every `ms` (the latest value, once the time is up). */
function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setShown(value);
    }, Math.max(0, last.current + ms - Date.now()));
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return shown;
}

/**
 * The signed-in user's predicted rating change, read again whenever the board moves (the
 * room's seq) or one of their own verdicts lands: the farm predicts from the public board
 * (the frozen one during a freeze) with the user's own full row.
 */
function PredictedChange({ slug, seq, verdicts }: { slug: string; seq: number; verdicts: number }) {
  // Others' moves are read at most every 10 s (the farm rebuilds its predictor no more often);
  // the user's own verdicts at once.
  const boardSeq = useThrottled(seq, 10_000);
  const mine = useLoad((signal) => getMyRank(slug, signal), [slug, boardSeq, verdicts]);
  const change = mine.data?.predicted_rating_change;
  if (change == null) return null;
  return (
    <p className="muted" data-testid="predicted-rating-change" data-change={change}>
      Predicted rating change if the contest ended now: <strong>{change > 0 ? `+${change}` : change}</strong>
    </p>
  );
}

export function LiveLeaderboard({ slug, letters = [], perPage = 50, rated = false }: LiveLeaderboardProps) {
  const room = useContestRoom(slug);
  const session = useSession();
  const [page, setPage] = useState(1);
  const me = session.status === 'authenticated' ? session.user.username : null;
  const columns = Math.max(letters.length, ...room.rows.map((r) => r.cells.length), 0);
  const pages = Math.max(1, Math.ceil(room.rows.length / perPage));
  const current = Math.min(page, pages);
  const shown = room.rows.slice((current - 1) * perPage, current * perPage);
  const mine = me ? room.rows.find((r) => r.username === me) : undefined;

  if (room.seq < 0) return <p className="muted" data-testid="board-loading">Connecting to the live board…</p>;
  return (
    <section className="live-board" data-testid="live-board" data-seq={room.seq}>
      <p className="muted" data-testid="board-status">
        {room.status === 'reconnecting' ? 'Reconnecting…' : room.status === 'ended' ? 'Final standings' : 'Live'}
        {room.frozen ? ' · the board is frozen' : ''}
      </p>
      {rated && me && room.status !== 'ended' && <PredictedChange slug={slug} seq={room.seq} verdicts={room.submissions.length} />}
      {room.submissions[0] && (
        <p className="muted" data-testid="my-last-verdict">
          Your last verdict: problem {room.submissions[0].problem}, {room.submissions[0].status.replace(/_/g, ' ')}
          {room.submissions[0].failed_test != null ? ` on test ${room.submissions[0].failed_test}` : ''}
        </p>
      )}
      <table className="problems-table board-table">
        <thead>
          <tr>
            <th className="col-num">#</th><th>User</th><th className="col-num">Score</th><th className="col-num">Penalty</th>
            {Array.from({ length: columns }, (_, i) => <th key={i} className="col-num">{letters[i] ?? String.fromCharCode(65 + i)}</th>)}
          </tr>
        </thead>
        <tbody>
          {mine && <Row row={mine} letters={columns} mine />}
          {shown.map((r) => <Row key={r.username} row={r} letters={columns} mine={false} />)}
        </tbody>
      </table>
      {room.rows.length === 0 && <p className="muted">No submissions yet.</p>}
      {pages > 1 && (
        <nav className="pager" aria-label="Leaderboard pages">
          <button type="button" disabled={current <= 1} onClick={() => setPage(current - 1)}>Previous</button>
          <span className="muted"> Page {current} of {pages} </span>
          <button type="button" disabled={current >= pages} onClick={() => setPage(current + 1)}>Next</button>
        </nav>
      )}
    </section>
  );
}
