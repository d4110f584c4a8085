// The left half of a problem page: title, badges, limits, the Markdown statement and samples,
// then the companies that ask it (premium readers only: the server sends them to no one else).
// Hints and the editorial are read on the Hints tab, behind their gates.

import type { ProblemDetail } from '../api/types';
import { DifficultyBadge } from './DifficultyBadge';
import { Markdown } from './Markdown';

export function ProblemStatement({ problem }: { problem: ProblemDetail }) {
  return (
    <article className="statement">
      <h1 data-testid="problem-title">{problem.title}</h1>
      <div className="statement-meta">
        <DifficultyBadge difficulty={problem.difficulty} />
        {problem.is_premium && <span className="badge badge-premium">Premium</span>}
        {problem.tags.map((t) => (
          <span key={t} className="tag">
            {t}
          </span>
        ))}
      </div>
      <p className="limits muted">
        Time limit {problem.time_limit_ms} ms · Memory limit {problem.memory_limit_mb} MB
      </p>

      <Markdown source={problem.description} testId="problem-statement" />

      {problem.samples.length > 0 && (
        <section className="samples">
          {problem.samples.map((s, i) => (
            <div key={i} className="sample">
              <h3>Example {i + 1}</h3>
              <div className="sample-io">
                <div>
                  <span className="sample-label">Input</span>
                  <pre data-testid={`sample-input-${i + 1}`}>{s.input}</pre>
                </div>
                <div>
                  <span className="sample-label">Output</span>
                  <pre data-testid={`sample-output-${i + 1}`}>{s.output}</pre>
                </div>
              </div>
            </div>
          ))}
        </section>
      )}

      {problem.constraints && (
        <section className="constraints">
          <h3>Constraints</h3>
          <Markdown source={problem.constraints} testId="problem-constraints" />
        </section>
      )}

      {problem.companies && problem.companies.length > 0 && (
        <p className="companies muted" data-testid="problem-companies">
          Asked at {problem.companies.join(', ')}
        </p>
      )}

    </article>
  );
}
