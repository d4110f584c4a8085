//! Input limits enforced identically at the edge and in the farm.

/// Largest accepted source file (64 KiB), as a byte count.
pub const MAX_CODE_BYTES: usize = 64 * 1024;
/// Largest request body either tier reads.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// Passwords longer than this are refused before hashing, so a huge password cannot burn CPU.
pub const MAX_PASSWORD_BYTES: usize = 256;
/// Shortest accepted password.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// Largest page a list endpoint returns.
pub const MAX_PAGE_SIZE: u32 = 100;
/// Custom inputs one Run may carry.
pub const MAX_RUN_INPUTS: usize = 10;
/// Largest custom input of a Run, as a byte count (all of them fit in a request body).
pub const MAX_RUN_INPUT_BYTES: usize = 16 * 1024;
