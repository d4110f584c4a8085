// The live leaderboard of a contest: updates without reload from the contest's room
// (useContestRoom), pins the signed-in user's row above the table, paginates on the client
// (the room holds the whole public board), and shows the user's own verdicts as they land.
// Mount it as <LiveLeaderboard slug={slug} />; problem letters label the cells when given.

import { useState } from 'react';
import { useSession } from '../auth/useSession';
import { cellText } from './cells';
import { useContestRoom, type StandingRow } from './useContestRoom';

export interface LiveLeaderboardProps {
  slug: string;
  /** The contest's problem letters (A, B, ...), in contest order, for the cell headers. */
  letters?: string[];
  perPage?: number;
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

export function LiveLeaderboard({ slug, letters = [], perPage = 50 }: LiveLeaderboardProps) {
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
