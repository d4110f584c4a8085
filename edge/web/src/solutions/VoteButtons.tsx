// Up and down votes on one solution. The button of the reader's own vote is pressed; pressing
// it again withdraws the vote, pressing the other one changes it. Authors see the score only.

import { useState } from 'react';
import { messageOf } from '../api/errors';
import { voteOnSolution, type Vote, type VoteState } from '../api/solutions';

interface Props {
  slug: string;
  id: string;
  state: VoteState;
  /** Signed in and not the author. */
  canVote: boolean;
  onChange: (state: VoteState) => void;
}

export function VoteButtons({ slug, id, state, canVote, onChange }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function cast(vote: Vote) {
    setBusy(true);
    setError(null);
    try {
      onChange(await voteOnSolution(slug, id, state.my_vote === vote ? null : vote));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const button = (vote: Vote, label: string, glyph: string) => (
    <button
      type="button"
      className={state.my_vote === vote ? 'vote-btn active' : 'vote-btn'}
      data-testid={`vote-${vote}`}
      aria-pressed={state.my_vote === vote}
      aria-label={label}
      title={canVote ? label : 'Log in to vote (not on your own solution)'}
      disabled={!canVote || busy}
      onClick={(e) => {
        // The list's rows open the solution on click; a vote is not an open.
        e.stopPropagation();
        void cast(vote);
      }}
    >
      {glyph}
    </button>
  );

  return (
    <span className="votes" data-testid="votes" data-my-vote={state.my_vote ?? ''}>
      {button('up', 'Vote up', '▲')}
      <span className="vote-score" data-testid="vote-score">
        {state.votes}
      </span>
      {button('down', 'Vote down', '▼')}
      {error && <span className="error small" role="alert">{error}</span>}
    </span>
  );
}
