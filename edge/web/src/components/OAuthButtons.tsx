// "Continue with Google/GitHub": full-page navigations to the edge, which runs the OAuth flow
// and comes back signed in (or at the 2FA step, or to /login?error=...).

const ERRORS: Record<string, string> = {
  oauth_state: 'The sign-in attempt expired or was not started here. Please try again.',
  oauth_denied: 'The sign-in was cancelled at the provider.',
  oauth_failed: 'The provider could not confirm who you are. Please try again.',
  oauth_email_in_use: 'An account with this e-mail address exists: log in with it first (its address must be confirmed to link).',
  oauth_email_missing: 'Your account at the provider has no e-mail address we can use.',
};

/** The message for a `?error=` the OAuth callback sent us back with. */
export function oauthError(code: string | null): string | null {
  if (!code) return null;
  return ERRORS[code] ?? 'Signing in with that provider did not work. Please try again.';
}

export function OAuthButtons({ next }: { next: string }) {
  const q = `?next=${encodeURIComponent(next)}`;
  return (
    <div className="form">
      <a className="btn btn-ghost btn-block" href={`/api/auth/google${q}`} data-testid="oauth-google">
        Continue with Google
      </a>
      <a className="btn btn-ghost btn-block" href={`/api/auth/github${q}`} data-testid="oauth-github">
        Continue with GitHub
      </a>
    </div>
  );
}
