// The left half of a problem page: title, badges, limits, the Markdown statement and samples
// (an interactive problem's as exchanges with the judge: InteractionSample), then the
// companies that ask it (premium readers only: the server sends them to no one else).
// Hints and the editorial are read on the Hints tab, behind their gates. A problem with
// translations offers them in a picker; the reader's choice holds for other problems too.
// Samples are shown as the package shows them (it may show other texts than it judges) and
// can be downloaded as files.

import type { ProblemDetail, Sample, StatementSample } from '../api/types';
import { languageName, useStatementLanguage } from '../problems/statementLanguage';
import { DifficultyBadge } from './DifficultyBadge';
import { InteractionSample } from './InteractionSample';
import { Markdown } from './Markdown';

export function ProblemStatement({ problem }: { problem: ProblemDetail }) {
  const [wanted, choose] = useStatementLanguage();
  const translations = problem.translations ?? {};
  const codes = Object.keys(translations);
  // The chosen language when this problem has it; otherwise the statement as shown.
  const language = wanted !== null && wanted in translations ? wanted : null;
  const translation = language === null ? undefined : translations[language];
  return (
    <article className="statement" lang={language ?? problem.language}>
      <h1 data-testid="problem-title">{translation?.title ?? problem.title}</h1>
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

      {codes.length > 0 && (
        <label className="statement-language small">
          Statement language{' '}
          <select
            data-testid="statement-language"
            value={language ?? ''}
            onChange={(e) => choose(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{problem.language ? languageName(problem.language) : 'Original'}</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </label>
      )}

      <Markdown source={translation?.description ?? problem.description} testId="problem-statement" />

      <Samples problem={problem} />

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

function Samples({ problem }: { problem: ProblemDetail }) {
  // An interactive problem's samples are exchanges with the judge (its tests' files are the
  // judge's own, never sent); one without any shows none. A multi-pass problem may show its
  // samples' passes the same way.
  if (problem.interactions) {
    if (problem.interactions.length === 0) return null;
    return (
      <section className="samples" data-testid="interactions">
        <p className="muted small">Each example is a whole exchange, in order: the judge&apos;s lines on the left, your program&apos;s on the right.</p>
        {problem.interactions.map((interaction, i) => (
          <InteractionSample key={i} interaction={interaction} number={i + 1} />
        ))}
      </section>
    );
  }
  const shown: StatementSample[] = problem.statement_samples ?? problem.samples;
  if (shown.length === 0) return null;
  return (
    <section className="samples">
      {shown.map((s, i) => (
        <div key={i} className="sample">
          <div className="sample-head">
            <h3>Example {i + 1}</h3>
            <SampleDownloads files={s.download ?? s} name={`${problem.slug}-${i + 1}`} number={i + 1} />
          </div>
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
  );
}

/** Links that save a sample's input and answer as files (`<slug>-<n>.in`, `.ans`). */
function SampleDownloads({ files, name, number }: { files: Sample; name: string; number: number }) {
  const href = (text: string) => `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <span className="sample-downloads small">
      Download{' '}
      <a href={href(files.input)} download={`${name}.in`} data-testid={`sample-download-input-${number}`}>
        input
      </a>{' '}
      ·{' '}
      <a href={href(files.output)} download={`${name}.ans`} data-testid={`sample-download-output-${number}`}>
        answer
      </a>
    </span>
  );
}
