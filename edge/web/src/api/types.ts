// The JSON shapes of the public API, as docs/api.md defines them (snake_case on the wire).

export type Difficulty = 'Easy' | 'Medium' | 'Hard';

export interface User {
  id: string;
  email: string;
  username: string;
  display_name: string | null;
  role: string;
  rating: number;
  created_at: string;
}

export interface AuthSession {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  user: User;
}

export interface Language {
  id: string;
  name: string;
  time_limit_ms: number;
  memory_limit_mb: number;
  available: boolean;
}

export interface ProblemSummary {
  slug: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  acceptance_rate: number;
  is_premium: boolean;
  /** The signed-in reader's mark (list pages with a bearer token only). */
  status?: ProblemStatus;
}

export type ProblemStatus = 'solved' | 'attempted';

export interface ProblemPage {
  items: ProblemSummary[];
  page: number;
  per_page: number;
  total: number;
}

export interface Sample {
  input: string;
  output: string;
}

/** A sample as the statement shows it, when the package shows it otherwise than it is judged. */
export interface StatementSample extends Sample {
  /** The files offered for download, when the package gives its own; else what is shown. */
  download?: Sample;
}

/** One line of an interactive problem's sample exchange, and who writes it. */
export interface InteractionLine {
  from: 'judge' | 'program';
  text: string;
  /** The first line of a later pass of a multi-pass problem (the program is run again). */
  new_pass?: boolean;
}

/** An interactive problem's sample: the exchange between the judge and a program, in order. */
export interface Interaction {
  lines: InteractionLine[];
}

export interface ProblemDetail extends ProblemSummary {
  description: string;
  constraints: string | null;
  /** Always empty for an interactive problem: its tests are the judge's own. */
  samples: Sample[];
  /** What the statement shows instead of `samples` (which stay what Run judges), if it differs. */
  statement_samples?: StatementSample[];
  /** The language code of `description`, when recorded. */
  language?: string;
  /** The only language ids the problem may be solved in; absent: every language. */
  allowed_languages?: string[];
  /** Present exactly when the problem is interactive: its samples, as exchanges. */
  interactions?: Interaction[];
  time_limit_ms: number;
  memory_limit_mb: number;
  starter_code: Record<string, string> | null;
  /** Hints in tiers; a premium tier comes without its text. */
  hints?: Hint[];
  /** Absent when the problem has none; a premium one comes without its text. */
  editorial?: { text?: string; premium: boolean };
  companies?: string[];
  /** The statement in languages besides the one shown, by language code; absent when none. */
  translations?: Record<string, Translation>;
}

/** A problem's name (when the package gives one) and Markdown statement in one more language. */
export interface Translation {
  title?: string;
  description: string;
}

export interface Hint {
  tier: number;
  text?: string;
  premium: boolean;
}

export type SubmissionStatus =
  | 'queued'
  | 'judging'
  | 'accepted'
  | 'wrong_answer'
  | 'time_limit_exceeded'
  | 'memory_limit_exceeded'
  | 'runtime_error'
  | 'compile_error'
  | 'output_limit_exceeded'
  | 'internal_error';

export interface Submission {
  id: string;
  problem_slug: string;
  language: string;
  status: SubmissionStatus;
  runtime_ms: number | null;
  memory_kb: number | null;
  test_cases_passed: number | null;
  test_cases_total: number | null;
  error_message: string | null;
  created_at: string;
  finished: boolean;
  /** The first failed test, in practice (never in contests). */
  failed_test?: FailedTest;
  /** A scored problem's points earned (a test group's when all of its tests pass) and the most there were. */
  score?: number;
  max_score?: number;
  /** `run` for a Run of the sample tests or the user's own inputs; absent on older answers. */
  kind?: SubmissionKind;
  /** A finished run's cases, each with its own result (absent after a compile error). */
  cases?: RunCase[];
}

export type SubmissionKind = 'submit' | 'run';

/** One case of a run, as the Test Result tab shows it (texts trimmed by the server). */
export interface RunCase {
  /** 1-based. */
  number: number;
  input: string;
  /** Absent where the reference solution could not answer a custom input. */
  expected?: string;
  /** The program's answer: its stdout, or a function's returned value; what the judge said of a conversation. */
  actual: string;
  /** An interactive problem's case: input and expected are the judge's own and not sent. */
  conversation?: boolean;
  /** What a function problem's program printed besides its result. */
  stdout?: string;
  stderr?: string;
  status: SubmissionStatus;
  runtime_ms: number;
  memory_kb: number;
}

/** A failed test as LeetCode shows it: its input, the expected and the actual output. */
export interface FailedTest {
  /** 1-based. */
  number: number;
  input: string;
  expected: string;
  actual: string;
  /** An interactive problem's test: input and expected are the judge's own and empty here. */
  conversation?: boolean;
  /** What a function problem's program printed besides its result. */
  stdout?: string;
}

/** One page of the signed-in user's submissions, newest first. */
export interface SubmissionPage {
  items: Submission[];
  page: number;
  per_page: number;
  total: number;
}

/** A `progress` event of GET /api/submissions/:id/events: test `test` (1-based; 0 while queued
 * or compiling) of `total` is being judged. */
export interface SubmissionProgress {
  status: SubmissionStatus;
  test: number;
  /** Left out for a contest submission: contestants are not told how many tests there are. */
  total?: number;
}
