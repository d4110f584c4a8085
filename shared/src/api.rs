//! Request and response bodies of the public API (docs/api.md). The internal API reuses them.

use serde::{Deserialize, Serialize};

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
    pub id: String,
    pub email: String,
    pub username: String,
    pub display_name: Option<String>,
    pub role: String,
    pub rating: i32,
    pub created_at: String,
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
    pub difficulty: String,
    pub tags: Vec<String>,
    pub acceptance_rate: f64,
    pub is_premium: bool,
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemDetail {
    #[serde(flatten)]
    pub summary: ProblemSummary,
    pub description: String,
    pub constraints: Option<String>,
    pub samples: Vec<Sample>,
    pub time_limit_ms: u32,
    pub memory_limit_mb: u32,
    pub starter_code: serde_json::Map<String, serde_json::Value>,
    /// Hints in tiers; a premium tier's text is left out.
    #[serde(default)]
    pub hints: Vec<Hint>,
    /// Absent when the problem has none; a premium one's text is left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editorial: Option<Editorial>,
    #[serde(default)]
    pub companies: Vec<String>,
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
    pub language: String,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub id: String,
    pub problem_slug: String,
    pub language: String,
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
    #[serde(default = "submit_kind")]
    pub kind: String,
    /// A finished run's cases, each with its own result.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<RunCase>,
}

fn submit_kind() -> String {
    "submit".into()
}

/// The Run body: the sample tests when `inputs` is absent, else the user's own inputs, whose
/// expected outputs the problem's reference solution produces.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunRequest {
    pub problem_slug: String,
    pub language: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<String>>,
}

/// One case of a run, as the test-case panel shows it (texts trimmed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunCase {
    /// 1-based.
    pub number: i32,
    pub input: String,
    /// The sample's answer, or what the reference solution printed for a custom input; absent
    /// when the reference could not answer it (the input breaks the problem's constraints).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// The program's answer: its stdout, or a function's returned value.
    pub actual: String,
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
    pub input: String,
    pub expected: String,
    /// What the program answered (empty when it answered nothing).
    pub actual: String,
    /// What a function problem's program printed besides its results.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stdout: String,
}

/// Query of the problem list.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProblemQuery {
    pub page: Option<u32>,
    pub per_page: Option<u32>,
    pub difficulty: Option<String>,
}

/// Internal: the farm asks the edge to drop cached problem reads.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachePurge {
    pub slugs: Vec<String>,
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
/// queued or compiling) out of `total`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionProgress {
    pub status: Status,
    pub test: u32,
    pub total: u32,
}
