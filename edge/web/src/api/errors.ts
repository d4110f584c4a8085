// Turns failed requests into one error type whose message can be shown to a person as is.

/** An API failure. `code` is the server's snake_case code, or a local one (`network`, `http_<status>`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole error body, for the few refusals that carry more than the envelope (a locked problem's teaser). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Builds an ApiError from a non-2xx response, reading the `{"error": {code, message}}` envelope. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } } | null;
    const err = body?.error;
    if (err && typeof err.message === 'string') {
      // Both tiers always send a string code (shared/src/error.rs).
      const code = typeof err.code === 'string' ? err.code : `http_${res.status}`;
      return new ApiError(res.status, code, err.message, body);
    }
  } catch {
    // A proxy or the platform answered with something that is not our envelope; fall through.
  }
  return new ApiError(res.status, `http_${res.status}`, `The server answered ${res.status} ${res.statusText}`.trim() + '.');
}

/** The text to show for anything thrown by an API call. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}
