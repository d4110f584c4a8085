//! Bodies, paths and the list query of the community solutions routes, checked by the rules
//! the farm applies (`algoarena_shared::solutions`), so a refusal reads the same from either
//! tier. Whether the caller solved the problem and owns the submission is the farm's to say.

use algoarena_shared::ids::{SolutionId, SubmissionId};
use algoarena_shared::solutions::{
    check_edit, check_explanation, check_title, EditSolutionRequest, ShareSolutionRequest,
    SolutionsQuery, Vote, VoteRequest,
};
use serde_json::Value;

use super::my_work::language;
use super::{json_object, required_string, JsonObject};
use crate::error::EdgeError;

/// A `POST /api/problems/:slug/solutions` body: `{"submission_id", "title", "explanation"}`.
pub fn share_body(body: &[u8]) -> Result<ShareSolutionRequest, EdgeError> {
    let body = json_object(body)?;
    let submission_id: SubmissionId = required_string(&body, "submission_id")?
        .parse()
        .map_err(|_| EdgeError::invalid("submission_id must be a submission's id."))?;
    let title = check_title(&required_string(&body, "title")?).map_err(EdgeError::invalid)?;
    let explanation = required_string(&body, "explanation")?;
    check_explanation(&explanation).map_err(EdgeError::invalid)?;
    Ok(ShareSolutionRequest { submission_id, title, explanation })
}

/// The string field `name` when present (null counts as absent).
fn optional_string(body: &JsonObject, name: &str) -> Result<Option<String>, EdgeError> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(EdgeError::invalid(format!("{name} must be a string."))),
    }
}

/// A `PATCH /api/problems/:slug/solutions/:id` body: a title, an explanation or both.
pub fn edit_body(body: &[u8]) -> Result<EditSolutionRequest, EdgeError> {
    let body = json_object(body)?;
    let edit = EditSolutionRequest {
        title: optional_string(&body, "title")?,
        explanation: optional_string(&body, "explanation")?,
    };
    check_edit(&edit).map_err(EdgeError::invalid)
}

/// A `PUT .../vote` body: `{"vote": "up"}` or `{"vote": "down"}`.
pub fn vote_body(body: &[u8]) -> Result<VoteRequest, EdgeError> {
    let vote = match required_string(&json_object(body)?, "vote")?.as_str() {
        "up" => Vote::Up,
        "down" => Vote::Down,
        other => return Err(EdgeError::invalid(format!("vote: '{other}' is not up or down."))),
    };
    Ok(VoteRequest { vote })
}

/// A solution id in the path; anything else names no solution (404, as the farm answers).
pub fn solution_id(raw: &str) -> Result<SolutionId, EdgeError> {
    raw.parse().map_err(|_| EdgeError::Refused {
        status: 404,
        code: "solution_not_found",
        message: "There is no such solution of this problem.".into(),
    })
}

/// `GET /api/problems/:slug/solutions`'s query; an unknown language is 422 `unknown_language`.
pub fn solutions_query(query: Option<&str>) -> Result<SolutionsQuery, EdgeError> {
    let pairs: Vec<(String, String)> =
        worker::url::form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect();
    for (key, value) in &pairs {
        if key == "language" {
            language(value)?;
        }
    }
    SolutionsQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(EdgeError::invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_body_needs_an_id_a_title_and_an_explanation_within_limits() {
        let id = "7b0e6a4e-3f51-4d35-9a4a-1f3c7c1f0e11";
        let ok = format!(r#"{{"submission_id":"{id}","title":" Map ","explanation":"a\nb"}}"#);
        let body = share_body(ok.as_bytes()).unwrap();
        assert_eq!((body.title.as_str(), body.explanation.as_str()), ("Map", "a\nb"));
        let long = serde_json::json!({
            "submission_id": id, "title": "Fine", "explanation": "x".repeat(16 * 1024 + 1),
        });
        assert_eq!(share_body(long.to_string().as_bytes()).unwrap_err().status_code(), 422);
        let bad_id = r#"{"submission_id":"42","title":"Fine","explanation":"x"}"#;
        assert_eq!(share_body(bad_id.as_bytes()).unwrap_err().status_code(), 422);
        assert_eq!(share_body(b"{").unwrap_err().status_code(), 400);
    }

    #[test]
    fn votes_edits_ids_and_queries_are_checked() {
        assert_eq!(vote_body(br#"{"vote":"down"}"#).unwrap().vote, Vote::Down);
        assert_eq!(vote_body(br#"{"vote":"meh"}"#).unwrap_err().status_code(), 422);
        assert_eq!(edit_body(b"{}").unwrap_err().status_code(), 422);
        assert_eq!(edit_body(br#"{"title":"Better"}"#).unwrap().title.as_deref(), Some("Better"));
        assert_eq!(solution_id("x").unwrap_err().status_code(), 404);
        assert_eq!(
            solutions_query(Some("language=cobol")).unwrap_err().body().error.code,
            "unknown_language"
        );
        assert_eq!(solutions_query(Some("page=-1")).unwrap_err().status_code(), 422);
        assert_eq!(
            solutions_query(Some("sort=newest&language=go")).unwrap().to_query_string(),
            "page=1&per_page=20&sort=newest&language=go"
        );
    }
}
