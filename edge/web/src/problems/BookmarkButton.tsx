// The bookmark toggle on a problem page: shows the saved state and flips it on click.
// Signed out it offers nothing (a bookmark is an account's).

import { useEffect, useState } from 'react';
import { messageOf } from '../api/errors';
import { getBookmark, toggleBookmark } from '../api/myWork';

export function BookmarkButton({ slug }: { slug: string }) {
  const [bookmarked, setBookmarked] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getBookmark(slug)
      .then((state) => live && setBookmarked(state.bookmarked))
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [slug]);

  async function onClick() {
    setBusy(true);
    setError(null);
    try {
      setBookmarked((await toggleBookmark(slug)).bookmarked);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className={bookmarked ? 'btn btn-bookmark active' : 'btn btn-bookmark'}
      data-testid="bookmark-button"
      data-bookmarked={bookmarked === null ? 'unknown' : String(bookmarked)}
      aria-pressed={bookmarked ?? false}
      title={error ?? (bookmarked ? 'Remove the bookmark' : 'Bookmark this problem')}
      disabled={busy || bookmarked === null}
      onClick={() => void onClick()}
    >
      {bookmarked ? '★ Bookmarked' : '☆ Bookmark'}
    </button>
  );
}
