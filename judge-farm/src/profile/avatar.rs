//! `POST /internal/users/me/avatar`: an uploaded picture becomes a 256×256 PNG. The format is
//! told by the bytes (PNG, JPEG or WebP; a name or a declared type proves nothing), decoding
//! is bounded (dimensions and memory, against decompression bombs), and the picture is drawn
//! anew, so no metadata (EXIF, GPS) or bytes hidden after the image survive. The answer is
//! the PNG itself; the edge stores it in R2 under its SHA-256, the name recorded here.

use std::io::Cursor;

use algoarena_shared::user_profile::{AVATAR_SIDE, MAX_AVATAR_BYTES};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use image::imageops::FilterType;
use image::{ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};

use crate::error::{ApiError, ApiResult};
use crate::profile::db::me;
use crate::profile::me::own_row;
use crate::public_profiles::Purger;
use crate::routes::signature::Caller;
use crate::state::AppState;

/// Larger sides are refused before any pixel is decoded.
const MAX_SIDE: u32 = 8192;
/// Decoding may allocate at most this much.
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// Why an upload is not an avatar.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum AvatarError {
    #[error("the picture is larger than {} MB", MAX_AVATAR_BYTES / (1024 * 1024))]
    TooLarge,
    #[error("the file is not a PNG, JPEG or WebP picture")]
    NotAnImage,
    #[error("the picture could not be read: {0}")]
    Unreadable(String),
}

/// A 256×256 PNG made from `bytes`, center-cropped to a square first.
pub fn reencode(bytes: &[u8]) -> Result<Vec<u8>, AvatarError> {
    if bytes.len() > MAX_AVATAR_BYTES {
        return Err(AvatarError::TooLarge);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| AvatarError::Unreadable(e.to_string()))?;
    if !matches!(reader.format(), Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)) {
        return Err(AvatarError::NotAnImage);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let picture = reader.decode().map_err(|e| AvatarError::Unreadable(e.to_string()))?;
    let side = picture.width().min(picture.height());
    let square =
        picture.crop_imm((picture.width() - side) / 2, (picture.height() - side) / 2, side, side);
    let avatar = square.resize_exact(AVATAR_SIDE, AVATAR_SIDE, FilterType::Lanczos3).to_rgba8();
    let mut png = Vec::new();
    avatar
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| AvatarError::Unreadable(e.to_string()))?;
    Ok(png)
}

/// The content name of a stored avatar: SHA-256 hex of its PNG.
pub fn content_hash(png: &[u8]) -> String {
    hex::encode(Sha256::digest(png))
}

#[tracing::instrument(skip_all)]
pub async fn upload_avatar(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> ApiResult<Response> {
    let id = caller.require_user()?;
    own_row(&state, id).await?;
    // Decoding and resampling are CPU work: off the async threads.
    let png = tokio::task::spawn_blocking(move || reencode(&body))
        .await
        .map_err(|e| ApiError::Internal(e.into()))?
        .map_err(|e| match e {
            AvatarError::TooLarge => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                format!("avatar: {e}."),
            ),
            AvatarError::NotAnImage | AvatarError::Unreadable(_) => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_image",
                format!("avatar: {e}."),
            ),
        })?;
    let hash = content_hash(&png);
    me::set_avatar(&state.db, id, &hash).await?;
    Purger { http: &state.http, settings: &state.settings }.forget_users(&state.db, &[id]).await;
    Ok(([(header::CONTENT_TYPE, "image/png")], png).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    fn encoded(format: ImageFormat, width: u32, height: u32) -> Vec<u8> {
        let picture = RgbImage::from_fn(width, height, |x, y| Rgb([x as u8, y as u8, 128]));
        let mut out = Vec::new();
        picture.write_to(&mut Cursor::new(&mut out), format).unwrap();
        out
    }

    #[test]
    fn png_jpeg_and_webp_become_a_256_pixel_png() {
        for format in [ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP] {
            let png = reencode(&encoded(format, 640, 480)).unwrap();
            let back = image::load_from_memory_with_format(&png, ImageFormat::Png).unwrap();
            assert_eq!((back.width(), back.height()), (256, 256), "{format:?}");
        }
    }

    #[test]
    fn anything_else_is_refused_by_its_bytes() {
        let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0".repeat(10);
        assert_eq!(reencode(&elf), Err(AvatarError::NotAnImage));
        let gif = b"GIF89a\x01\0\x01\0\0\0\0;".to_vec();
        assert_eq!(reencode(&gif), Err(AvatarError::NotAnImage));
        assert!(matches!(reencode(b"\x89PNG\r\n\x1a\n broken"), Err(AvatarError::Unreadable(_))));
        assert_eq!(reencode(&vec![0; MAX_AVATAR_BYTES + 1]), Err(AvatarError::TooLarge));
    }
}
