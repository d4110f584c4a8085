//! Request and response bodies of the public API (docs/api.md). The internal API reuses them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ids::{SubmissionId, UserId};
use crate::language::Language;
use crate::verdict::Status;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RegisterRequest {
    pub email: String,
    pub username: String,
    pub password: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub username: String,
    pub display_name: Option<String>,
    pub role: Role,
    pub rating: i32,
    pub created_at: String,
}

/// What an account may do: `users.role`, a closed set (the table's check constraint).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Free,
    Premium,
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Free, Role::Premium, Role::Admin];

    /// The database and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Free => "free",
            Role::Premium => "premium",
            Role::Admin => "admin",
        }
    }

    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// What the browser gets after register, login or refresh (the refresh token goes in a cookie).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthSession {
    pub access_token: String,
    pub token_type: String,
    pub expires_in: u32,
    pub user: User,
}

/// The farm's answer to register/login/refresh: the user and a new opaque refresh token,
/// which the edge moves into the cookie and never shows to script.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FarmSession {
    pub user: User,
    pub refresh_token: String,
    pub refresh_expires_in: u32,
}

/// Internal: the body of refresh and logout calls.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LanguageInfo {
    pub id: Language,
    pub name: String,
    pub time_limit_ms: u32,
    pub memory_limit_mb: u32,
    pub available: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemSummary {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub acceptance_rate: f64,
    pub is_premium: bool,
    /// The signed-in reader's mark, merged in by the edge (never stored in a shared page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProblemStatus>,
}

/// A problem's difficulty: `problems.difficulty`, a closed set, capitalised on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    /// The database, query and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "Easy",
            Difficulty::Medium => "Medium",
            Difficulty::Hard => "Hard",
        }
    }

    pub fn parse(name: &str) -> Option<Difficulty> {
        Difficulty::ALL.into_iter().find(|d| d.as_str() == name)
    }
}

stored_as_text!(Difficulty, Difficulty::as_str, Difficulty::parse);

/// Where the signed-in user stands with a problem (`user_problem_state.status`, minus unseen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemStatus {
    Solved,
    Attempted,
}

impl ProblemStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemStatus::Solved => "solved",
            ProblemStatus::Attempted => "attempted",
        }
    }

    pub fn parse(name: &str) -> Option<ProblemStatus> {
        [ProblemStatus::Solved, ProblemStatus::Attempted].into_iter().find(|s| s.as_str() == name)
    }
}

stored_as_text!(ProblemStatus, ProblemStatus::as_str, ProblemStatus::parse);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemPage {
    pub items: Vec<ProblemSummary>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    pub input: String,
    pub output: String,
}

/// A sample as the statement shows it, where the package shows its samples otherwise than they
/// are judged (an ICPC package's `.in.statement`, `.ans.statement` or `.out` files), and the
/// files offered for download when the package gives its own (`.in.download`, `.ans.download`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementSample {
    pub input: String,
    pub output: String,
    /// Absent: the shown texts are the files to download.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download: Option<Sample>,
}

/// One sample exchange of an interactive problem (a package's `.interaction` file): what the
/// judge and the program say to each other, in order. Shown instead of the sample's input and
/// answer, which only the judge's interactor reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    pub lines: Vec<InteractionLine>,
}

/// One line of an exchange: who writes it, and the line as written (without its newline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InteractionLine {
    pub from: Side,
    pub text: String,
    /// The first line of a pass after the first, in a multi-pass problem's exchange (where
    /// the program is run again: a `---` line of the `.interaction` file).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub new_pass: bool,
}

/// The two sides of an interactive problem's exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The problem's interactor (a `<` line of an `.interaction` file).
    Judge,
    /// The submitted program (a `>` line).
    Program,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemDetail {
    #[serde(flatten)]
    pub summary: ProblemSummary,
    pub description: String,
    pub constraints: Option<String>,
    /// The sample tests' inputs and answers; always empty for an interactive problem, whose
    /// tests are its interactor's data.
    pub samples: Vec<Sample>,
    /// Present when the package shows its samples otherwise than they are judged: what the
    /// statement shows (and offers for download) instead of `samples`, which stay the tests
    /// Run judges and the Testcase tab starts from. There may be more or fewer of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_samples: Option<Vec<StatementSample>>,
    /// The language code of `description` (e.g. "en"); absent where it was not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The only languages the problem may be solved in; absent: every language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_languages: Option<Vec<Language>>,
    /// Present when the problem is interactive: its sample exchanges, in order (empty when the
    /// package has no `.interaction` files); and when a multi-pass problem shows its samples'
    /// passes as transcripts (shown instead of `samples`, which Run still judges).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactions: Option<Vec<Interaction>>,
    pub time_limit_ms: u32,
    pub memory_limit_mb: u32,
    pub starter_code: serde_json::Map<String, serde_json::Value>,
    /// Hints in tiers, named without their text: signed-in readers open them through the
    /// hints route, where the premium gate is (the detail is cached for everyone alike).
    #[serde(default)]
    pub hints: Vec<Hint>,
    /// Absent when the problem has none; its text is read through the editorial route.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editorial: Option<Editorial>,
    /// Companies known to ask it: only in a premium reader's (uncached) answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companies: Vec<String>,
    /// The statement in languages besides the one shown, by the language code its package
    /// names (an ICPC package's `problem.de.md`, say); absent when there are none. Sent whole:
    /// statements are short and the detail is cached once for every reader.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, Translation>,
}

/// A problem's name and statement in one more language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// Absent when the package names the problem in that language nowhere (the shown title
    /// stands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Markdown, as the shown statement.
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hint {
    /// 1 for the first hint to open.
    pub tier: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub premium: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Editorial {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub premium: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SubmitRequest {
    pub problem_slug: String,
    pub language: Language,
    pub code: String,
    /// The contest this submit is for; refused (nothing stored) when that contest is not
    /// running with the caller registered. Absent: it joins any running contest the caller is
    /// registered for that holds the problem, else it is practice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contest_slug: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub id: SubmissionId,
    pub problem_slug: String,
    pub language: Language,
    pub status: Status,
    pub runtime_ms: Option<i32>,
    pub memory_kb: Option<i32>,
    pub test_cases_passed: Option<i32>,
    pub test_cases_total: Option<i32>,
    pub error_message: Option<String>,
    pub created_at: String,
    pub finished: bool,
    /// The first failed test, in practice: its input, expected and actual output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_test: Option<FailedTest>,
    /// A scored problem's points earned (IOI style: a test group's points when all of its tests
    /// pass) and the most there were; absent for a pass/fail problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_score: Option<f64>,
    /// `submit` for a submission judged on every test, `run` for a Run of the sample tests or
    /// the user's own inputs (never listed among submissions, never counted).
    #[serde(default)]
    pub kind: SubmissionKind,
    /// A finished run's cases, each with its own result.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<RunCase>,
}

/// What a submission row is for: `submissions.kind`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SubmissionKind {
    /// Judged on every test, listed and counted.
    #[default]
    Submit,
    /// A Run of the samples or of the user's own inputs.
    Run,
}

impl SubmissionKind {
    pub const ALL: [SubmissionKind; 2] = [SubmissionKind::Submit, SubmissionKind::Run];

    /// The database and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionKind::Submit => "submit",
            SubmissionKind::Run => "run",
        }
    }

    pub fn parse(name: &str) -> Option<SubmissionKind> {
        SubmissionKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

stored_as_text!(SubmissionKind, SubmissionKind::as_str, SubmissionKind::parse);

/// The Run body: the sample tests when `inputs` is absent, else the user's own inputs, whose
/// expected outputs the problem's reference solution produces.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunRequest {
    pub problem_slug: String,
    pub language: Language,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<String>>,
}

/// One case of a run, as the test-case panel shows it (texts trimmed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunCase {
    /// 1-based.
    pub number: i32,
    /// Empty for a conversation (see `conversation`).
    pub input: String,
    /// The sample's answer, or what the reference solution printed for a custom input; absent
    /// when the reference could not answer it (the input breaks the problem's constraints),
    /// and for a conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// The program's answer: its stdout, or a function's returned value; for a conversation,
    /// what the judge said of it.
    pub actual: String,
    /// A case of an interactive problem: the program talked with the judge, whose test files
    /// are its own and are not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conversation: bool,
    /// What a function problem's program printed besides its result.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stdout: String,
    /// The program's stderr, when it wrote any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stderr: String,
    /// Accepted when the answer matches; without an expected answer, only how the run ended.
    pub status: Status,
    pub runtime_ms: i32,
    pub memory_kb: i32,
}

/// The first test a practice submission failed, as the user sees it (each text trimmed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedTest {
    /// 1-based.
    pub number: i32,
    /// Empty for a conversation (see `conversation`), as is `expected`.
    pub input: String,
    pub expected: String,
    /// What the program answered (empty when it answered nothing); for a conversation, what
    /// the judge said of it.
    pub actual: String,
    /// A test of an interactive problem: the program talked with the judge, whose test files
    /// are its own and are not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conversation: bool,
    /// What a function problem's program printed besides its results.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stdout: String,
}

/// Internal: the farm asks the edge to drop cached problem reads and public profiles.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachePurge {
    pub slugs: Vec<String>,
    /// Users whose public profile changed (as stored: the edge keys profiles case-insensitively).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub usernames: Vec<String>,
}

/// One page of a user's submissions, newest first (items never carry code).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionPage {
    pub items: Vec<Submission>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

/// Query of the submission lists.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PageQuery {
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

/// A `progress` event of a submission's event stream: the test being run (1-based; 0 while
/// queued or compiling) out of `total`. A contest submission's stream leaves `total` out: a
/// contestant learns the number of the test being run, never how many there are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionProgress {
    pub status: Status,
    pub test: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
}

impl SubmissionProgress {
    /// The step as a contestant sees it (see [`SubmissionProgress`]).
    pub fn contest_view(self) -> SubmissionProgress {
        SubmissionProgress { total: None, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "67e55044-10b1-426f-9247-bb680e5fe0c8";

    #[test]
    fn a_submission_keeps_its_wire_form_with_typed_fields() {
        let wire = format!(
            r#"{{"id":"{ID}","problem_slug":"a-plus-b","language":"cpp17","status":"queued","runtime_ms":null,"memory_kb":null,"test_cases_passed":null,"test_cases_total":null,"error_message":null,"created_at":"2025-01-01T00:00:00+00:00","finished":false,"kind":"run"}}"#
        );
        let submission: Submission = serde_json::from_str(&wire).unwrap();
        assert_eq!(submission.language, Language::Cpp17);
        assert_eq!(submission.kind, SubmissionKind::Run);
        assert_eq!(submission.id.to_string(), ID);
        assert_eq!(serde_json::to_string(&submission).unwrap(), wire);
        // Older answers without a kind are submissions.
        let without_kind = wire.replace(r#","kind":"run""#, "");
        let old: Submission = serde_json::from_str(&without_kind).unwrap();
        assert_eq!(old.kind, SubmissionKind::Submit);
    }

    #[test]
    fn requests_refuse_unknown_languages_when_parsed() {
        let ok = r#"{"problem_slug":"a","language":"python3","code":"x"}"#;
        let parsed: SubmitRequest = serde_json::from_str(ok).unwrap();
        assert_eq!(parsed.language, Language::Python3);
        assert_eq!(serde_json::to_string(&parsed).unwrap(), ok);
        let cobol = ok.replace("python3", "cobol");
        assert!(serde_json::from_str::<SubmitRequest>(&cobol).is_err());
        assert!(serde_json::from_str::<RunRequest>(&cobol).is_err());
    }

    #[test]
    fn users_carry_a_typed_id_and_role_with_the_same_wire_form() {
        let wire = format!(
            r#"{{"id":"{ID}","email":"a@b.co","username":"ada","display_name":null,"role":"premium","rating":1500,"created_at":"2025-01-01T00:00:00+00:00"}}"#
        );
        let user: User = serde_json::from_str(&wire).unwrap();
        assert_eq!(user.role, Role::Premium);
        assert_eq!(serde_json::to_string(&user).unwrap(), wire);
        assert!(serde_json::from_str::<User>(&wire.replace("premium", "user")).is_err());
        assert!(serde_json::from_str::<User>(&wire.replace(ID, "u1")).is_err());
    }

    #[test]
    fn only_an_interactive_problem_carries_interactions_each_line_naming_its_side() {
        let wire = r#"{"slug":"guess","title":"Guess","difficulty":"Easy","tags":[],"acceptance_rate":0.0,"is_premium":false,"description":"d","constraints":null,"samples":[],"interactions":[{"lines":[{"from":"program","text":"500"},{"from":"judge","text":"<"}]}],"time_limit_ms":1000,"memory_limit_mb":256,"starter_code":{},"hints":[]}"#;
        let detail: ProblemDetail = serde_json::from_str(wire).unwrap();
        let lines = &detail.interactions.as_ref().unwrap()[0].lines;
        assert_eq!((lines[0].from, lines[1].from), (Side::Program, Side::Judge));
        assert_eq!(serde_json::to_string(&detail).unwrap(), wire);
        let other = ProblemDetail { interactions: None, ..detail };
        assert!(!serde_json::to_string(&other).unwrap().contains("interactions"));
    }

    #[test]
    fn closed_sets_round_trip_through_their_names() {
        for d in Difficulty::ALL {
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{}\"", d.as_str()));
            assert_eq!(Difficulty::parse(d.as_str()), Some(d));
        }
        for r in Role::ALL {
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.as_str()));
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        for k in SubmissionKind::ALL {
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.as_str()));
            assert_eq!(SubmissionKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Difficulty::parse("easy"), None);
        assert_eq!(SubmissionKind::parse("contest"), None);
    }
}
