//! Every input is made here, from pixels and hand-written metadata bytes, so each test shows
//! exactly what the upload carried.

use std::io::Cursor;

use dateline_media::{process, Format, Limits, MediaError, Processed};
use image::{DynamicImage, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

// Somewhere nobody's source should be placed by a photo: 35°41'21.5"N 51°23'20.2"E.
const LATITUDE: [(u32, u32); 3] = [(35, 1), (41, 1), (215, 10)];
const LONGITUDE: [(u32, u32); 3] = [(51, 1), (23, 1), (202, 10)];

// ---- making inputs ----------------------------------------------------------------------

/// A smooth gradient, like most of a photo; flat colours would hide resampling mistakes.
fn photo(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb([
            (40 + x * 160 / width) as u8,
            (200 - y * 150 / height) as u8,
            (90 + (x + y) * 60 / (width + height)) as u8,
        ])
    })
}

fn encode(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), format)
        .unwrap();
    bytes
}

fn jpeg(image: &RgbImage) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 95)
        .encode_image(image)
        .unwrap();
    bytes
}

/// One IFD entry: tag, TIFF type, count, value bytes (big-endian).
struct Entry(u16, u16, u32, Vec<u8>);

const BYTE: u16 = 1;
const ASCII: u16 = 2;
const SHORT: u16 = 3;
const LONG: u16 = 4;
const RATIONAL: u16 = 5;

fn rationals(values: &[(u32, u32)]) -> Vec<u8> {
    values
        .iter()
        .flat_map(|(n, d)| n.to_be_bytes().into_iter().chain(d.to_be_bytes()))
        .collect()
}

/// Writes an IFD that starts at `offset` in the TIFF data; values longer than four bytes go
/// right after it.
fn ifd(offset: u32, entries: &[Entry]) -> Vec<u8> {
    let table_len = 2 + 12 * entries.len() as u32 + 4;
    let mut table = (entries.len() as u16).to_be_bytes().to_vec();
    let mut values: Vec<u8> = Vec::new();
    for Entry(tag, kind, count, value) in entries {
        table.extend(tag.to_be_bytes());
        table.extend(kind.to_be_bytes());
        table.extend(count.to_be_bytes());
        if value.len() <= 4 {
            let mut inline = value.clone();
            inline.resize(4, 0);
            table.extend(inline);
        } else {
            table.extend((offset + table_len + values.len() as u32).to_be_bytes());
            values.extend(value);
        }
    }
    table.extend(0u32.to_be_bytes());
    table.extend(values);
    table
}

/// A big-endian TIFF structure as cameras put in EXIF: IFD0 with the orientation, pointing to
/// a GPS IFD with latitude and longitude.
fn exif_tiff(orientation: Option<u16>, gps: bool) -> Vec<u8> {
    let mut ifd0 = Vec::new();
    if let Some(orientation) = orientation {
        ifd0.push(Entry(0x0112, SHORT, 1, orientation.to_be_bytes().to_vec()));
    }
    let ifd0_len = 2 + 12 * (ifd0.len() as u32 + u32::from(gps)) + 4;
    let gps_offset = 8 + ifd0_len;
    if gps {
        ifd0.push(Entry(0x8825, LONG, 1, gps_offset.to_be_bytes().to_vec()));
    }
    let mut tiff = b"MM\x00\x2a".to_vec();
    tiff.extend(8u32.to_be_bytes());
    tiff.extend(ifd(8, &ifd0));
    if gps {
        tiff.extend(ifd(
            gps_offset,
            &[
                Entry(0x0000, BYTE, 4, vec![2, 3, 0, 0]),
                Entry(0x0001, ASCII, 2, b"N\0".to_vec()),
                Entry(0x0002, RATIONAL, 3, rationals(&LATITUDE)),
                Entry(0x0003, ASCII, 2, b"E\0".to_vec()),
                Entry(0x0004, RATIONAL, 3, rationals(&LONGITUDE)),
            ],
        ));
    }
    tiff
}

/// Puts a segment right after SOI, where phones write their EXIF.
fn with_segment(jpeg: &[u8], marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, marker]);
    out.extend(u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    out.extend(payload);
    out.extend(&jpeg[2..]);
    out
}

fn with_exif(jpeg: &[u8], orientation: Option<u16>, gps: bool) -> Vec<u8> {
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(exif_tiff(orientation, gps));
    with_segment(jpeg, 0xE1, &payload)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    chunk.extend(kind);
    chunk.extend(data);
    chunk.extend(crc32(&chunk[4..]).to_be_bytes());
    chunk
}

/// Inserts chunks after IHDR (signature 8 bytes + IHDR 25 bytes).
fn with_png_chunks(png: &[u8], chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut out = png[..33].to_vec();
    for chunk in chunks {
        out.extend(chunk);
    }
    out.extend(&png[33..]);
    out
}

/// Rewrites a simple WebP as an extended one (VP8X) carrying an EXIF chunk.
fn webp_with_exif(webp: &[u8], width: u32, height: u32, tiff: &[u8]) -> Vec<u8> {
    let mut body = b"WEBP".to_vec();
    body.extend(b"VP8X");
    body.extend(10u32.to_le_bytes());
    body.extend([0x08, 0, 0, 0]); // the EXIF flag
    body.extend(&(width - 1).to_le_bytes()[..3]);
    body.extend(&(height - 1).to_le_bytes()[..3]);
    body.extend(&webp[12..]); // the image chunk as the encoder wrote it
    body.extend(b"EXIF");
    body.extend(u32::try_from(tiff.len()).unwrap().to_le_bytes());
    body.extend(tiff);
    if tiff.len() % 2 == 1 {
        body.push(0);
    }
    let mut out = b"RIFF".to_vec();
    out.extend(u32::try_from(body.len()).unwrap().to_le_bytes());
    out.extend(body);
    out
}

// ---- reading outputs --------------------------------------------------------------------

fn read_exif(bytes: &[u8]) -> Option<exif::Exif> {
    exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()
}

fn has_gps(bytes: &[u8]) -> bool {
    read_exif(bytes).is_some_and(|exif| {
        exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some()
            && exif
                .get_field(exif::Tag::GPSLongitude, exif::In::PRIMARY)
                .is_some()
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

fn assert_no_metadata(processed: &Processed) {
    for rendition in &processed.renditions {
        assert!(
            read_exif(&rendition.bytes).is_none(),
            "EXIF left in {rendition:?}"
        );
        assert!(!contains(&rendition.bytes, b"Exif\0\0"));
        assert!(!contains(&rendition.bytes, b"eXIf"));
        assert!(!contains(&rendition.bytes, b"http://ns.adobe.com/xap/1.0/"));
    }
}

fn decode(bytes: &[u8]) -> DynamicImage {
    image::load_from_memory(bytes).unwrap()
}

fn mean_rgb(image: &DynamicImage) -> [f64; 3] {
    let rgb = image.to_rgb8();
    let mut sum = [0f64; 3];
    for pixel in rgb.pixels() {
        for (total, value) in sum.iter_mut().zip(pixel.0) {
            *total += f64::from(value);
        }
    }
    let count = f64::from(rgb.width() * rgb.height());
    sum.map(|total| total / count)
}

fn assert_close(a: [f64; 3], b: [f64; 3], tolerance: f64) {
    for (x, y) in a.iter().zip(b) {
        assert!(
            (x - y).abs() <= tolerance,
            "mean colours {a:?} and {b:?} differ"
        );
    }
}

fn widths(processed: &Processed) -> Vec<(u32, u32)> {
    processed
        .renditions
        .iter()
        .map(|r| (r.width, r.height))
        .collect()
}

// ---- metadata ---------------------------------------------------------------------------

#[test]
fn gps_coordinates_in_a_jpeg_do_not_survive() {
    let pixels = photo(640, 480);
    let upload = with_exif(&jpeg(&pixels), Some(1), true);

    let exif = read_exif(&upload).expect("the test upload carries EXIF");
    let latitude = exif
        .get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
        .expect("the test upload carries a latitude");
    assert_eq!(
        latitude.display_value().to_string(),
        "35 deg 41 min 21.5 sec"
    );
    assert!(has_gps(&upload));

    let processed = process(&upload, &Limits::default(), &[320]).unwrap();

    assert_eq!(processed.source_format, Format::Jpeg);
    assert_eq!((processed.width, processed.height), (640, 480));
    assert_eq!(widths(&processed), [(640, 480), (320, 240)]);
    assert_no_metadata(&processed);
    for rendition in &processed.renditions {
        assert!(!has_gps(&rendition.bytes));
        assert_eq!(rendition.content_type, "image/jpeg");
        assert_eq!(rendition.extension, "jpg");
        let decoded = decode(&rendition.bytes);
        assert_eq!(
            (decoded.width(), decoded.height()),
            (rendition.width, rendition.height)
        );
        assert_close(
            mean_rgb(&decoded),
            mean_rgb(&DynamicImage::ImageRgb8(pixels.clone())),
            2.0,
        );
    }
}

#[test]
fn xmp_and_comments_in_a_jpeg_do_not_survive() {
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    xmp.extend(b"<x:xmpmeta><dc:creator>Source Name</dc:creator></x:xmpmeta>");
    let upload = with_segment(&jpeg(&photo(200, 100)), 0xE1, &xmp);
    let upload = with_segment(&upload, 0xFE, b"met the source at the safe house");
    let upload = with_segment(
        &upload,
        0xED,
        b"Photoshop 3.0\08BIM IPTC byline: Source Name",
    );

    let processed = process(&upload, &Limits::default(), &[]).unwrap();

    assert_no_metadata(&processed);
    for rendition in &processed.renditions {
        assert!(!contains(&rendition.bytes, b"Source Name"));
        assert!(!contains(&rendition.bytes, b"safe house"));
        assert!(!contains(&rendition.bytes, b"Photoshop"));
    }
}

#[test]
fn gps_coordinates_in_a_png_do_not_survive() {
    let pixels = photo(120, 90);
    let png = encode(DynamicImage::ImageRgb8(pixels), ImageFormat::Png);
    let upload = with_png_chunks(
        &png,
        &[
            png_chunk(b"eXIf", &exif_tiff(None, true)),
            png_chunk(b"tEXt", b"Author\0Source Name"),
        ],
    );
    assert!(has_gps(&upload));

    let processed = process(&upload, &Limits::default(), &[]).unwrap();

    assert_eq!(processed.source_format, Format::Png);
    assert_no_metadata(&processed);
    assert!(!contains(&processed.renditions[0].bytes, b"Source Name"));
}

#[test]
fn gps_coordinates_in_a_webp_do_not_survive() {
    let webp = encode(DynamicImage::ImageRgb8(photo(64, 48)), ImageFormat::WebP);
    let upload = webp_with_exif(&webp, 64, 48, &exif_tiff(Some(1), true));
    assert!(has_gps(&upload));

    let processed = process(&upload, &Limits::default(), &[]).unwrap();

    assert_eq!(processed.source_format, Format::Webp);
    assert_eq!(widths(&processed), [(64, 48)]);
    assert_no_metadata(&processed);
}

// ---- orientation ------------------------------------------------------------------------

#[test]
fn orientation_6_turns_the_photo_upright() {
    // Stored as the sensor saw it: red on the left, blue on the right. Orientation 6 says the
    // camera was turned a quarter clockwise, so upright the red half is on top.
    let sideways = RgbImage::from_fn(80, 40, |x, _| {
        if x < 40 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    });
    let upload = with_exif(&jpeg(&sideways), Some(6), false);

    let processed = process(&upload, &Limits::default(), &[20]).unwrap();

    assert_eq!((processed.width, processed.height), (40, 80));
    assert_eq!(widths(&processed), [(40, 80), (20, 40)]);
    let upright = decode(&processed.renditions[0].bytes).to_rgb8();
    assert_eq!(upright.dimensions(), (40, 80));
    let top = upright.get_pixel(20, 10);
    let bottom = upright.get_pixel(20, 70);
    assert!(top[0] > 180 && top[2] < 60, "top is {top:?}");
    assert!(bottom[2] > 180 && bottom[0] < 60, "bottom is {bottom:?}");
    // The orientation was applied to the pixels, so no tag may tell a viewer to turn it again.
    assert_no_metadata(&processed);
}

// ---- sizes ------------------------------------------------------------------------------

#[test]
fn renditions_follow_the_requested_widths_largest_first_without_upscaling() {
    let upload = jpeg(&photo(1200, 800));

    let processed = process(&upload, &Limits::default(), &[320, 800, 2000, 800, 0, 1200]).unwrap();

    assert_eq!(widths(&processed), [(1200, 800), (800, 533), (320, 213)]);
    for rendition in &processed.renditions {
        let decoded = decode(&rendition.bytes);
        assert_eq!(
            (decoded.width(), decoded.height()),
            (rendition.width, rendition.height)
        );
    }
}

#[test]
fn the_full_size_is_capped_at_max_side() {
    let upload = jpeg(&photo(400, 1000));
    let limits = Limits {
        max_side: 500,
        ..Limits::default()
    };

    let processed = process(&upload, &limits, &[300, 200, 100]).unwrap();

    assert_eq!((processed.width, processed.height), (400, 1000));
    assert_eq!(widths(&processed), [(200, 500), (100, 250)]);
}

// ---- formats ----------------------------------------------------------------------------

#[test]
fn a_png_with_transparency_stays_a_png_with_transparency() {
    let logo = RgbaImage::from_fn(200, 100, |x, _| {
        if x < 100 {
            Rgba([0, 90, 200, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    let upload = encode(DynamicImage::ImageRgba8(logo), ImageFormat::Png);

    let processed = process(&upload, &Limits::default(), &[50]).unwrap();

    assert_eq!(processed.source_format, Format::Png);
    assert_eq!(widths(&processed), [(200, 100), (50, 25)]);
    for rendition in &processed.renditions {
        assert_eq!(rendition.content_type, "image/png");
        assert_eq!(rendition.extension, "png");
        let decoded = decode(&rendition.bytes).to_rgba8();
        let width = decoded.width();
        assert_eq!(decoded.get_pixel(width - 1, 5)[3], 0);
        // Premultiplied resampling: the visible half keeps its colour right up to the edge
        // instead of darkening towards the transparent black.
        let left = decoded.get_pixel(0, 5);
        assert_eq!(left[3], 255);
        assert!(left[2] > 190, "left edge is {left:?}");
        let edge = decoded.get_pixel(width / 2 - 1, 5);
        assert!(edge[3] > 0);
        assert!(edge[2] > 180, "edge pixel is {edge:?}");
    }
}

#[test]
fn an_opaque_png_becomes_a_jpeg() {
    let upload = encode(
        DynamicImage::ImageRgba8(DynamicImage::ImageRgb8(photo(300, 200)).into_rgba8()),
        ImageFormat::Png,
    );

    let processed = process(&upload, &Limits::default(), &[]).unwrap();

    assert_eq!(processed.source_format, Format::Png);
    assert_eq!(processed.renditions[0].content_type, "image/jpeg");
}

#[test]
fn a_png_named_like_a_jpeg_is_recognised_as_a_png() {
    // The bytes a browser would send for "holiday.jpg" that is really a PNG: the API never sees
    // the name, and the format comes from the content alone.
    let holiday_jpg = encode(DynamicImage::ImageRgb8(photo(64, 64)), ImageFormat::Png);

    let processed = process(&holiday_jpg, &Limits::default(), &[]).unwrap();

    assert_eq!(processed.source_format, Format::Png);
}

#[test]
fn a_webp_is_accepted_and_published_as_jpeg() {
    let upload = encode(DynamicImage::ImageRgb8(photo(160, 120)), ImageFormat::WebP);

    let processed = process(&upload, &Limits::default(), &[80]).unwrap();

    assert_eq!(processed.source_format, Format::Webp);
    assert_eq!(widths(&processed), [(160, 120), (80, 60)]);
    assert_eq!(processed.renditions[0].content_type, "image/jpeg");
}

#[test]
fn other_formats_are_named_in_the_refusal() {
    let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
    let error = process(gif, &Limits::default(), &[]).unwrap_err();
    assert_eq!(error, MediaError::Unsupported("GIF images".to_owned()));
    assert_eq!(
        error.to_string(),
        "GIF images cannot be processed; save the photo as JPEG and upload it again"
    );

    let mut heic = vec![0, 0, 0, 24];
    heic.extend(b"ftypheic\0\0\0\0mif1heic");
    let error = process(&heic, &Limits::default(), &[]).unwrap_err();
    assert!(error.to_string().starts_with("HEIC photos"), "{error}");
}

// ---- limits -----------------------------------------------------------------------------

#[test]
fn a_file_over_the_byte_limit_is_refused_with_its_size() {
    let upload = vec![0u8; 31_000_000];

    let error = process(&upload, &Limits::default(), &[]).unwrap_err();

    assert_eq!(
        error,
        MediaError::TooLarge {
            size: 31_000_000,
            limit: 20_000_000
        }
    );
    assert_eq!(error.to_string(), "the file is 31 MB; the limit is 20 MB");
}

#[test]
fn a_real_image_over_a_small_byte_limit_is_refused() {
    let upload = jpeg(&photo(100, 100));
    let limits = Limits {
        max_bytes: 1_000,
        ..Limits::default()
    };

    let error = process(&upload, &limits, &[]).unwrap_err();

    assert!(matches!(error, MediaError::TooLarge { limit: 1_000, .. }));
}

#[test]
fn too_many_pixels_are_refused_from_the_png_header_alone() {
    // A header announcing 100 000 × 100 000 pixels, then image data that is garbage and cut
    // short: decoding it would fail, so "too many pixels" proves the header was checked first.
    let mut ihdr = 100_000u32.to_be_bytes().to_vec();
    ihdr.extend(100_000u32.to_be_bytes());
    ihdr.extend([8, 6, 0, 0, 0]);
    let mut upload = b"\x89PNG\r\n\x1a\n".to_vec();
    upload.extend(png_chunk(b"IHDR", &ihdr));
    upload.extend(1_000_000u32.to_be_bytes());
    upload.extend(b"IDAT");
    upload.extend(b"garbage where forty gigabytes of pixels would be");

    let error = process(&upload, &Limits::default(), &[]).unwrap_err();

    assert_eq!(
        error,
        MediaError::TooManyPixels {
            width: 100_000,
            height: 100_000,
            limit: 50_000_000
        }
    );
    assert_eq!(
        error.to_string(),
        "the image is 100000 × 100000 pixels (10000 megapixels); the limit is 50 megapixels"
    );
}

#[test]
fn too_many_pixels_are_refused_from_the_jpeg_header_alone() {
    let small = jpeg(&photo(16, 16));
    let sof = small
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG has SOF0");
    let mut upload = small[..sof + 9].to_vec();
    // SOF0: marker, length (2), precision (1), then height and width.
    upload[sof + 5..sof + 7].copy_from_slice(&60_000u16.to_be_bytes());
    upload[sof + 7..sof + 9].copy_from_slice(&60_000u16.to_be_bytes());
    upload.extend(&small[sof + 9..]);

    let error = process(&upload, &Limits::default(), &[]).unwrap_err();

    assert_eq!(
        error,
        MediaError::TooManyPixels {
            width: 60_000,
            height: 60_000,
            limit: 50_000_000
        }
    );
}

#[test]
fn the_pixel_limit_applies_to_real_images() {
    let upload = jpeg(&photo(100, 100));
    let limits = Limits {
        max_pixels: 9_999,
        ..Limits::default()
    };

    let error = process(&upload, &limits, &[]).unwrap_err();

    assert!(matches!(
        error,
        MediaError::TooManyPixels {
            width: 100,
            height: 100,
            ..
        }
    ));
}

// ---- malformed input --------------------------------------------------------------------

#[test]
fn an_empty_file_is_not_an_image() {
    assert_eq!(
        process(&[], &Limits::default(), &[]),
        Err(MediaError::NotAnImage)
    );
}

#[test]
fn random_bytes_are_not_an_image() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();

    assert_eq!(
        process(&noise, &Limits::default(), &[]),
        Err(MediaError::NotAnImage)
    );
}

#[test]
fn a_png_signature_followed_by_garbage_is_corrupt() {
    let mut upload = b"\x89PNG\r\n\x1a\n".to_vec();
    upload.extend(b"this is not a chunk, nor is anything after it".repeat(20));

    let error = process(&upload, &Limits::default(), &[]).unwrap_err();

    assert!(matches!(error, MediaError::Corrupt(_)), "{error:?}");
    assert!(error.to_string().starts_with("the image file is damaged"));
}

#[test]
fn a_truncated_jpeg_is_refused_not_padded_with_grey() {
    let upload = jpeg(&photo(300, 200));

    let half = &upload[..upload.len() / 2];

    assert_eq!(
        process(half, &Limits::default(), &[]),
        Err(MediaError::Corrupt("the file ends too early".to_owned()))
    );
}

#[test]
fn a_jpeg_with_data_after_its_end_is_accepted() {
    // Some phones append their own records after the end marker; the image is complete.
    let mut upload = with_exif(&jpeg(&photo(64, 64)), Some(1), false);
    upload.extend(b"\xFF\xD8 trailing vendor data");

    assert!(process(&upload, &Limits::default(), &[]).is_ok());
}

#[test]
fn every_truncation_of_every_format_is_an_error_never_a_panic() {
    let pixels = photo(48, 32);
    let inputs = [
        with_exif(&jpeg(&pixels), Some(6), true),
        encode(DynamicImage::ImageRgb8(pixels.clone()), ImageFormat::Png),
        encode(DynamicImage::ImageRgb8(pixels), ImageFormat::WebP),
    ];
    for input in &inputs {
        assert!(process(input, &Limits::default(), &[16]).is_ok());
        for cut in 0..input.len().saturating_sub(16) {
            assert!(
                process(&input[..cut], &Limits::default(), &[16]).is_err(),
                "a {}-byte prefix of a {}-byte file was accepted",
                cut,
                input.len()
            );
        }
    }
}

#[test]
fn flipped_bytes_never_panic() {
    let input = with_exif(&jpeg(&photo(48, 32)), Some(3), true);
    for at in (0..input.len()).step_by(7) {
        let mut damaged = input.clone();
        damaged[at] ^= 0x5A;
        // Damage inside the compressed pixels may still decode; what matters is no panic.
        let _ = process(&damaged, &Limits::default(), &[16]);
    }
}
