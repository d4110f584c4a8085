//! The hostile-code suite, shared by every sandbox backend: each folder under `tests/hostile/`
//! holds one program (any language) and `expected.toml`; [`run_suite`] judges every case through
//! the real pipeline (`judge::judge`) on the given sandbox, checks the verdict, and after each
//! case judges a plain A+B to prove the sandbox is still healthy.
//!
//! `expected.toml`:
//! ```toml
//! language = "cpp17"          # an id of TRD §5
//! verdict = "TLE"             # AC WA TLE MLE RE CE OLE
//! input = "1 2\n"             # optional (default empty)
//! output = "3\n"              # optional expected output (default empty)
//! time_limit_ms = 1000        # optional (default: the language's)
//! memory_limit_mb = 64        # optional (default 256)
//! message_contains = "error"  # optional: the verdict's message must contain this
//! message_lacks = ["/usr/"]   # optional: ... and none of these
//!
//! [differs.runsc]             # optional, per backend: where its semantics genuinely differ
//! verdict = "TLE"             # ... the verdict there (or a list: any of them)
//! output = ""                 # optional: the expected output there (default: as above)
//! reason = "why"              # required: what differs, and why it is no way out
//! ```
//! A backend's test calls `run_suite(Arc::new(its_sandbox), "<backend>").await` (`native`,
//! `runc`, `runsc`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use algoarena_judge_farm::judge::{self, Evaluation, Mode, Source, Task};
use algoarena_judge_farm::languages;
use algoarena_judge_farm::model::{ProgramFiles, TestCase};
use algoarena_judge_farm::sandbox::Sandbox;
use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    pub language: String,
    pub verdict: String,
    #[serde(default)]
    pub input: String,
    #[serde(default)]
    pub output: String,
    pub time_limit_ms: Option<u64>,
    pub memory_limit_mb: Option<u64>,
    pub message_contains: Option<String>,
    #[serde(default)]
    pub message_lacks: Vec<String>,
    /// Per backend name: the verdict where the backend genuinely differs, and why.
    #[serde(default)]
    pub differs: std::collections::HashMap<String, Differs>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Differs {
    /// One verdict, or several when the backend races between them (the reason says why).
    pub verdict: OneOrMore,
    pub output: Option<String>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMore {
    One(String),
    More(Vec<String>),
}

/// The short name of a verdict, as written in `expected.toml`.
pub fn short(status: Status) -> &'static str {
    match status {
        Status::Accepted => "AC",
        Status::WrongAnswer => "WA",
        Status::TimeLimitExceeded => "TLE",
        Status::MemoryLimitExceeded => "MLE",
        Status::RuntimeError => "RE",
        Status::CompileError => "CE",
        Status::OutputLimitExceeded => "OLE",
        Status::InternalError => "IE",
        Status::Queued | Status::Judging => "?",
    }
}

/// Every case folder, sorted; `HOSTILE_CASES=a,b` keeps only the named ones.
pub fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let only: Option<Vec<String>> =
        std::env::var("HOSTILE_CASES").ok().map(|v| v.split(',').map(str::to_string).collect());
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/hostile exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.toml").is_file())
        .filter(|p| only.as_ref().is_none_or(|o| o.iter().any(|n| p.ends_with(n))))
        .collect();
    dirs.sort();
    dirs
}

/// Judges one case folder on `backend`; `Err` says how it went wrong.
pub async fn run_case(sandbox: &dyn Sandbox, backend: &str, dir: &Path) -> Result<String, String> {
    let mut expected: Expected =
        toml::from_str(&std::fs::read_to_string(dir.join("expected.toml")).unwrap())
            .map_err(|e| format!("bad expected.toml: {e}"))?;
    let mut note = String::new();
    let mut verdicts = vec![expected.verdict.clone()];
    if let Some(differs) = expected.differs.remove(backend) {
        if differs.reason.trim().is_empty() {
            return Err(format!("the difference on {backend} gives no reason"));
        }
        verdicts = match differs.verdict {
            OneOrMore::One(v) => vec![v],
            OneOrMore::More(v) => v,
        };
        if let Some(output) = differs.output {
            expected.output = output;
        }
        note = format!(" [differs on {backend}: {}]", differs.reason);
    }
    let program = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap() != "expected.toml")
        .ok_or("no program in the folder")?;
    let code = std::fs::read_to_string(&program).map_err(|e| e.to_string())?;
    let language = Language::parse(&expected.language).ok_or("unknown language")?;
    let spec = languages::find(language).ok_or("language not judged here")?;
    let tests =
        [TestCase { input: expected.input.clone(), expected_output: expected.output.clone() }];
    let task = Task {
        source: Source {
            language: spec,
            code: &code,
            files: ProgramFiles::none(),
            time_limit_ms: expected.time_limit_ms.unwrap_or(language.time_limit_ms() as u64),
        },
        memory_limit_bytes: expected.memory_limit_mb.unwrap_or(256) << 20,
        tests: &tests,
        evaluation: Evaluation::lines(),
        mode: Mode::Submit { tally: None },
        on_progress: &judge::no_progress,
    };
    let start = Instant::now();
    let verdict = judge::judge(sandbox, &task)
        .await
        .map(|j| j.verdict)
        .map_err(|e| format!("judge failed: {e:#}"))?;
    let message = verdict.error_message.clone().unwrap_or_default();
    let got = short(verdict.status);
    let summary = format!(
        "{got} in {:.1} s (cpu {:?} ms, mem {:?} KB)",
        start.elapsed().as_secs_f64(),
        verdict.runtime_ms,
        verdict.memory_kb
    );
    if !verdicts.iter().any(|v| v == got) {
        return Err(format!(
            "expected {}, got {summary}: {}",
            verdicts.join(" or "),
            message.trim()
        ));
    }
    if let Some(needle) = &expected.message_contains {
        if !message.contains(needle.as_str()) {
            return Err(format!("message lacks {needle:?}: {message}"));
        }
    }
    if let Some(bad) = expected.message_lacks.iter().find(|b| message.contains(b.as_str())) {
        return Err(format!("message contains {bad:?}: {message}"));
    }
    let first_line = message.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    Ok(if first_line.is_empty() {
        format!("{summary}{note}")
    } else {
        format!("{summary}: {}{note}", first_line.chars().take(110).collect::<String>())
    })
}

/// A plain A+B must still be Accepted.
pub async fn healthy(sandbox: &dyn Sandbox) -> Result<(), String> {
    let spec = languages::find(Language::Python3).unwrap();
    let tests = [TestCase { input: "20 22\n".into(), expected_output: "42\n".into() }];
    let task = Task {
        source: Source {
            language: spec,
            code: spec.self_test,
            files: ProgramFiles::none(),
            time_limit_ms: 3000,
        },
        memory_limit_bytes: 256 << 20,
        tests: &tests,
        evaluation: Evaluation::lines(),
        mode: Mode::Submit { tally: None },
        on_progress: &judge::no_progress,
    };
    match judge::judge(sandbox, &task).await.map(|j| j.verdict) {
        Ok(v) if v.status == Status::Accepted => Ok(()),
        Ok(v) => Err(format!("A+B afterwards was {}: {:?}", short(v.status), v.error_message)),
        Err(e) => Err(format!("A+B afterwards failed: {e:#}")),
    }
}

/// Runs every case on `sandbox` (the `backend` of `[differs.<backend>]`), each followed by an
/// A+B, and panics listing every failure.
pub async fn run_suite(sandbox: Arc<dyn Sandbox>, backend: &str) {
    let cases = cases();
    assert!(!cases.is_empty(), "no hostile cases found");
    let mut failures = Vec::new();
    for dir in &cases {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let result = run_case(sandbox.as_ref(), backend, dir).await;
        let after = healthy(sandbox.as_ref()).await;
        match (&result, &after) {
            (Ok(summary), Ok(())) => println!("ok    {name}: {summary}"),
            _ => {
                let why = [result.err(), after.err()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("; ");
                println!("FAIL  {name}: {why}");
                failures.push(format!("{name}: {why}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} hostile cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
