//! Internal submission API: submit for judging, run the samples or one's own inputs, read one's
//! own submission or run, and list one's own submissions (all, or of one problem), newest first.

use algoarena_shared::api::{PageQuery, RunRequest, Submission, SubmissionPage, SubmitRequest};
use algoarena_shared::language::Language;
use algoarena_shared::limits::{
    MAX_CODE_BYTES, MAX_PAGE_SIZE, MAX_RUN_INPUTS, MAX_RUN_INPUT_BYTES,
};
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use uuid::Uuid;

use crate::db::problems::{self, JudgeProblem};
use crate::db::standings::{self, Refusal};
use crate::db::submissions;
use crate::error::{ApiError, ApiResult};
use crate::functions;
use crate::languages;
use crate::model::{SubmissionId, SubmissionKind};
use crate::practice::premium::{may_open, premium_required};
use crate::queue;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/submissions", post(create_submission).get(list_submissions))
        .route("/internal/submissions/run", post(create_run))
        .route("/internal/submissions/problem/{problem}", get(list_problem_submissions))
        .route("/internal/submissions/{id}", get(get_submission))
}

#[tracing::instrument(skip_all, fields(user_id))]
async fn create_submission(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<SubmitRequest>,
) -> ApiResult<(StatusCode, Json<Submission>)> {
    let user_id = caller.require_user()?;
    tracing::Span::current().record("user_id", tracing::field::display(user_id));
    let problem = checked_code(&state, user_id, &req.problem_slug, req.language, &req.code).await?;
    let contest = req.contest_slug.as_deref();
    queue_judging(
        &state,
        user_id,
        &problem,
        req.language,
        &req.code,
        SubmissionKind::Submit,
        contest,
    )
    .await
}

/// Queues a run: of the samples, or of the caller's own inputs (each checked against a function
/// problem's signature here, so a typo is a clear 422 rather than a confusing runtime error).
#[tracing::instrument(skip_all, fields(user_id))]
async fn create_run(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<RunRequest>,
) -> ApiResult<(StatusCode, Json<Submission>)> {
    let user_id = caller.require_user()?;
    tracing::Span::current().record("user_id", tracing::field::display(user_id));
    let problem = checked_code(&state, user_id, &req.problem_slug, req.language, &req.code).await?;
    if let Some(inputs) = &req.inputs {
        if problem.interactor.is_some() {
            return Err(ApiError::invalid(
                "inputs: an interactive problem's tests are the interactor's own data, so Run takes its samples only.",
            ));
        }
        if problem.validation_passes.is_some() {
            return Err(ApiError::invalid(
                "inputs: this problem's tests run in several passes, each next input written by the problem's own validator from the answer it keeps, so Run takes its samples only.",
            ));
        }
        if problem.solution_code.is_none() {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "no_reference_solution",
                "This problem has no reference solution to answer your own inputs; run the sample tests instead.",
            ));
        }
        check_run_inputs(&problem, inputs)?;
    }
    let kind = SubmissionKind::Run(req.inputs.clone());
    queue_judging(&state, user_id, &problem, req.language, &req.code, kind, None).await
}

/// The checks a submit and a run share: code within the limits, a language judged here, a
/// published problem the user may see, and for a premium problem a premium member (403
/// `premium_required`, nothing stored). (That the language is one we know, serde checked when
/// it parsed the body.)
async fn checked_code(
    state: &AppState,
    user_id: Uuid,
    slug: &str,
    language: Language,
    code: &str,
) -> ApiResult<JudgeProblem> {
    if code.len() > MAX_CODE_BYTES {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "code_too_large",
            format!("code: at most {} KiB.", MAX_CODE_BYTES / 1024),
        ));
    }
    if code.trim().is_empty() {
        return Err(ApiError::invalid("code: the submission is empty."));
    }
    if languages::find(language).is_none() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_language",
            format!("language: {} cannot be judged here yet.", language.display_name()),
        ));
    }
    let problem = problems::find_for_judging(&state.db, slug, problems::Viewer(Some(user_id)))
        .await?
        .ok_or_else(|| {
            ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
        })?;
    if !may_open(&state.db, problem.id, Some(user_id)).await? {
        return Err(premium_required("Running and submitting this problem"));
    }
    if let Some(allowed) = &problem.allowed_languages {
        if !allowed.0.contains(&language) {
            let names: Vec<&str> = allowed.0.iter().map(|l| l.display_name()).collect();
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "language_not_allowed",
                format!(
                    "language: this problem is solved in {} only, not {}.",
                    names.join(", "),
                    language.display_name()
                ),
            ));
        }
    }
    Ok(problem)
}

/// A run's own inputs: 1 to [`MAX_RUN_INPUTS`] of them, each within [`MAX_RUN_INPUT_BYTES`],
/// and for a function problem each a valid argument line for its signature.
fn check_run_inputs(problem: &JudgeProblem, inputs: &[String]) -> ApiResult<()> {
    if inputs.is_empty() || inputs.len() > MAX_RUN_INPUTS {
        return Err(ApiError::invalid(format!("inputs: give 1 to {MAX_RUN_INPUTS} test inputs.")));
    }
    for (index, input) in inputs.iter().enumerate() {
        let number = index + 1;
        if input.len() > MAX_RUN_INPUT_BYTES {
            return Err(ApiError::invalid(format!(
                "inputs: case {number} is larger than {} KiB.",
                MAX_RUN_INPUT_BYTES / 1024
            )));
        }
        if let Some(signature) = problem.signature.as_deref() {
            functions::check_input(signature, input.trim()).map_err(|e| {
                ApiError::invalid(format!("inputs: case {number} does not fit the signature: {e}."))
            })?;
        }
    }
    Ok(())
}

/// Admits, stores and enqueues a submission or run (for `contest` when named).
async fn queue_judging(
    state: &AppState,
    user_id: Uuid,
    problem: &JudgeProblem,
    language: Language,
    code: &str,
    kind: SubmissionKind,
    contest: Option<&str>,
) -> ApiResult<(StatusCode, Json<Submission>)> {
    let admission = if kind == SubmissionKind::Submit {
        queue::Admission::Submit
    } else {
        queue::Admission::Run
    };
    // Refused submits store nothing and so do not count against anyone.
    queue::admit(state, user_id, admission).await?;
    let inserted =
        submissions::insert_entry(&state.db, user_id, problem.id, language, code, &kind, contest)
            .await?;
    let Some((id, submission)) = inserted else {
        let slug = contest.unwrap_or_default();
        let why = standings::refusal(&state.db, slug, user_id, problem.id).await?;
        return Err(contest_refusal(slug, why));
    };
    // The row is the source of truth: if Redis is down the sweeper enqueues it later, so the
    // user still gets their verdict and the submit is not an error.
    if let Err(e) =
        queue::enqueue(&mut state.redis.clone(), &state.settings.submission_stream, id).await
    {
        tracing::warn!(submission_id = %id, error = %e, "enqueue failed; the sweeper will retry");
    }
    Ok((StatusCode::ACCEPTED, Json(submission)))
}

/// The error for a submit its named contest did not accept.
fn contest_refusal(slug: &str, why: Refusal) -> ApiError {
    match why {
        Refusal::NoSuchContest => {
            ApiError::not_found("contest_not_found", format!("There is no contest '{slug}'."))
        }
        Refusal::NotStarted => {
            ApiError::conflict("contest_not_started", "This contest has not started yet.")
        }
        Refusal::Ended => ApiError::conflict(
            "contest_ended",
            "This contest has ended: the submission was not accepted for it. Submit it without \
             the contest to practise.",
        ),
        Refusal::NotInContest => ApiError::invalid(format!(
            "problem_slug: this problem is not part of contest '{slug}'."
        )),
        Refusal::NotRegistered => ApiError::new(
            StatusCode::FORBIDDEN,
            "not_registered",
            "Register for this contest to submit to it.",
        ),
    }
}

async fn get_submission(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<SubmissionId>, PathRejection>,
) -> ApiResult<Json<Submission>> {
    let user_id = caller.require_user()?;
    let Path(id) = id.map_err(|_| no_such_submission())?;
    submissions::get_own(&state.db, id, user_id).await?.map(Json).ok_or_else(no_such_submission)
}

/// Someone else's submission, a missing one and an id that is not one all look the same.
pub(crate) fn no_such_submission() -> ApiError {
    ApiError::not_found("not_found", "There is no such submission.")
}

/// Page and page size of a list query: page from 1, 1 to 100 per page (20 by default). A query
/// that does not parse (`page=abc`) is a 422 in the one error shape, like a value out of range.
fn page_of(query: Result<Query<PageQuery>, QueryRejection>) -> ApiResult<(u32, u32)> {
    let Query(query) = query.map_err(|e| ApiError::invalid(e.body_text()))?;
    let page = query.page.unwrap_or(1);
    if page < 1 {
        return Err(ApiError::invalid("page: use a whole number from 1."));
    }
    let per_page = query.per_page.unwrap_or(20);
    if !(1..=MAX_PAGE_SIZE).contains(&per_page) {
        return Err(ApiError::invalid(format!("per_page: use 1 to {MAX_PAGE_SIZE}.")));
    }
    Ok((page, per_page))
}

async fn list_submissions(
    State(state): State<AppState>,
    caller: Caller,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult<Json<SubmissionPage>> {
    let user_id = caller.require_user()?;
    let (page, per_page) = page_of(query)?;
    Ok(Json(submissions::list_own(&state.db, user_id, None, page, per_page).await?))
}

/// The caller's submissions for one problem, named by slug or id.
async fn list_problem_submissions(
    State(state): State<AppState>,
    caller: Caller,
    Path(problem): Path<String>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult<Json<SubmissionPage>> {
    let user_id = caller.require_user()?;
    let (page, per_page) = page_of(query)?;
    let problem_id = problems::id_by_slug_or_id(&state.db, &problem).await?.ok_or_else(|| {
        ApiError::not_found("problem_not_found", format!("There is no problem '{problem}'."))
    })?;
    Ok(Json(submissions::list_own(&state.db, user_id, Some(problem_id), page, per_page).await?))
}
