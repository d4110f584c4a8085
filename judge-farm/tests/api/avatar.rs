//! Avatar uploads: a picture comes back as a 256×256 PNG with no metadata or hidden bytes
//! left, named by its hash on the profile; a renamed executable and an oversized upload are
//! refused in the one error shape.

use std::io::Cursor;

use axum::http::StatusCode;
use http_body_util::BodyExt;
use image::{ImageFormat, Rgb, RgbImage};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use uuid::Uuid;

use crate::helpers::{now, random_nonce, signed_request, TestFarm};

async fn upload(
    farm: &TestFarm,
    user: Uuid,
    bytes: &[u8],
) -> (StatusCode, Option<String>, Vec<u8>) {
    let request = signed_request(
        "POST",
        "/internal/users/me/avatar",
        Some(user),
        bytes,
        now(),
        &random_nonce(),
    );
    let response = farm.app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string());
    (status, kind, response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

fn error_code(body: &[u8]) -> String {
    let json: Value = serde_json::from_slice(body).unwrap();
    json["error"]["code"].as_str().unwrap().to_string()
}

/// A JPEG photo with an EXIF segment holding a location, as phones write them.
fn jpeg_with_exif(secret: &str) -> Vec<u8> {
    let picture = RgbImage::from_fn(800, 600, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut jpeg = Vec::new();
    picture.write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg).unwrap();
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(secret.as_bytes());
    let mut app1 = vec![0xff, 0xe1];
    app1.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    app1.extend_from_slice(&payload);
    // Right after the start-of-image marker, where EXIF lives.
    [&jpeg[..2], &app1[..], &jpeg[2..]].concat()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn a_photo_becomes_a_clean_256_pixel_png_named_by_its_hash() {
    let farm = TestFarm::start().await;
    let (user, _) = farm.register("avatar@example.com").await;
    let photo = jpeg_with_exif("GPS 48.8584N 2.2945E");
    assert!(image::load_from_memory(&photo).is_ok(), "the fixture is a readable JPEG");

    let (status, kind, png) = upload(&farm, user, &photo).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&png));
    assert_eq!(kind.as_deref(), Some("image/png"));
    let back = image::load_from_memory_with_format(&png, ImageFormat::Png).unwrap();
    assert_eq!((back.width(), back.height()), (256, 256));
    assert!(!contains(&png, b"GPS 48.8584N"), "no EXIF survives");
    assert!(!contains(&png, b"Exif") && !contains(&png, b"eXIf"));

    let hash = hex::encode(Sha256::digest(&png));
    let (_, me) = farm.signed("GET", "/internal/users/me", Some(user), None).await;
    assert_eq!(me["avatar_url"], format!("/avatars/{hash}.png"));

    // Bytes hidden after a PNG's end (a polyglot) are not carried over either.
    let mut polyglot = png.clone();
    polyglot.extend_from_slice(b"<script>alert(1)</script>");
    let (status, _, again) = upload(&farm, user, &polyglot).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!contains(&again, b"<script>"));
}

#[tokio::test]
async fn a_renamed_executable_and_a_20_mb_upload_are_refused() {
    let farm = TestFarm::start().await;
    let (user, _) = farm.register("refused@example.com").await;
    // A real program, whatever it is called on the way in.
    let program = std::fs::read("/bin/ls").unwrap();
    let (status, _, body) = upload(&farm, user, &program[..program.len().min(1_500_000)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&body), "invalid_image");

    let mut huge = jpeg_with_exif("x");
    huge.resize(20 * 1024 * 1024, 0);
    let (status, _, body) = upload(&farm, user, &huge).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error_code(&body), "payload_too_large");

    let (_, me) = farm.signed("GET", "/internal/users/me", Some(user), None).await;
    assert_eq!(me["avatar_url"], Value::Null, "nothing was stored");
}
