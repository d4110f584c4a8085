//! The Run body: what a submit carries, plus optional custom inputs (at most
//! `MAX_RUN_INPUTS`, each within `MAX_RUN_INPUT_BYTES`). Without inputs the samples are run.

use algoarena_shared::api::RunRequest;
use algoarena_shared::limits::{MAX_RUN_INPUTS, MAX_RUN_INPUT_BYTES};
use serde_json::Value;

use super::json_object;
use super::submission::SubmitInput;
use crate::error::EdgeError;

/// A parsed `/api/submissions/run` body.
#[derive(Debug)]
pub struct RunInput {
    pub code: SubmitInput,
    pub inputs: Option<Vec<String>>,
}

impl RunInput {
    pub fn from_body(body: &[u8]) -> Result<RunInput, EdgeError> {
        let body = json_object(body)?;
        let code = SubmitInput::from_object(&body)?;
        let inputs = match body.get("inputs") {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) => Some(custom_inputs(items)?),
            Some(_) => return Err(EdgeError::invalid("inputs must be an array of strings.")),
        };
        Ok(RunInput { code, inputs })
    }

    /// The farm's request body.
    pub fn to_request(&self) -> RunRequest {
        let submit = self.code.to_request();
        RunRequest {
            problem_slug: submit.problem_slug,
            language: submit.language,
            code: submit.code,
            inputs: self.inputs.clone(),
        }
    }
}

fn custom_inputs(items: &[Value]) -> Result<Vec<String>, EdgeError> {
    if items.is_empty() || items.len() > MAX_RUN_INPUTS {
        return Err(EdgeError::invalid(format!("inputs: give 1 to {MAX_RUN_INPUTS} test inputs.")));
    }
    items
        .iter()
        .enumerate()
        .map(|(index, item)| match item {
            Value::String(s) if s.len() <= MAX_RUN_INPUT_BYTES => Ok(s.clone()),
            Value::String(_) => Err(EdgeError::invalid(format!(
                "inputs: case {} is larger than {} KiB.",
                index + 1,
                MAX_RUN_INPUT_BYTES / 1024
            ))),
            _ => Err(EdgeError::invalid("inputs must be an array of strings.")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(inputs: Value) -> Vec<u8> {
        serde_json::json!({"problem_slug": "a-plus-b", "language": "python3", "code": "print(3)", "inputs": inputs})
            .to_string()
            .into_bytes()
    }

    #[test]
    fn without_inputs_the_samples_run() {
        let run = RunInput::from_body(&body(Value::Null)).unwrap();
        assert_eq!(run.inputs, None);
        assert_eq!(run.to_request().problem_slug, "a-plus-b");
    }

    #[test]
    fn custom_inputs_are_strings_within_the_limits() {
        let run = RunInput::from_body(&body(serde_json::json!(["1 2\n", "3 4\n"]))).unwrap();
        assert_eq!(run.to_request().inputs.unwrap(), vec!["1 2\n", "3 4\n"]);
        let refused = |inputs: Value| {
            matches!(RunInput::from_body(&body(inputs)), Err(EdgeError::InvalidInput(_)))
        };
        assert!(refused(serde_json::json!([])));
        assert!(refused(serde_json::json!([1])));
        assert!(refused(serde_json::json!("1 2")));
        assert!(refused(serde_json::json!(vec!["x"; MAX_RUN_INPUTS + 1])));
        assert!(refused(serde_json::json!(["x".repeat(MAX_RUN_INPUT_BYTES + 1)])));
        assert!(!refused(serde_json::json!(["x".repeat(MAX_RUN_INPUT_BYTES)])));
    }
}
