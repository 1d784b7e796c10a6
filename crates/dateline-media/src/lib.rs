//! Turns a photo a journalist uploads into images the site can publish without exposing anyone.
//!
//! A camera or phone writes metadata into its files: EXIF GPS coordinates, the device's serial
//! number, the owner's name, XMP edit histories, IPTC captions. Published as is, one photo can
//! place a source at an address. [`process`] therefore never passes the uploaded bytes through:
//! it decodes the pixels and encodes new files from them, so nothing but pixels survives.
//!
//! Along the way it refuses what it cannot handle safely, with a message the journalist can act
//! on: files over the size limit, images whose header announces more pixels than the limit (a
//! "decompression bomb" is refused from its header, before any pixel is decoded), formats other
//! than JPEG, PNG and WebP, and damaged files.
//!
//! # Cost, and where to call it
//!
//! Processing is CPU-bound and synchronous, on one core: a 12-megapixel phone photo with four
//! smaller sizes takes about a second in a release build, a 50-megapixel image about two and a
//! half, and an image at the pixel limit needs a few hundred megabytes of memory while it is
//! processed. The server must run it on a blocking thread (`tokio::task::spawn_blocking`), never
//! on an async worker, and should bound how many uploads are processed at once (a semaphore) so
//! a burst of uploads cannot starve the machine.

use std::fmt;
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, RgbaImage};

/// The usual trade-off for photos on the web: no loss visible at reading size, files much
/// smaller than at near-lossless settings.
const JPEG_QUALITY: u8 = 82;

/// What an upload may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Size of the uploaded file.
    pub max_bytes: usize,
    /// Width × height as announced by the image header; bounds the memory decoding needs.
    pub max_pixels: u64,
    /// Longest side of the largest rendition; bigger images are scaled down, not refused.
    pub max_side: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: 20_000_000,
            max_pixels: 50_000_000,
            max_side: 12_000,
        }
    }
}

/// The format an upload really is, as found from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    Webp,
}

impl Format {
    fn image_format(self) -> ImageFormat {
        match self {
            Self::Jpeg => ImageFormat::Jpeg,
            Self::Png => ImageFormat::Png,
            Self::Webp => ImageFormat::WebP,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Jpeg => "JPEG",
            Self::Png => "PNG",
            Self::Webp => "WebP",
        })
    }
}

/// One encoded size of a processed image, ready to be stored and served.
#[derive(Clone, PartialEq, Eq)]
pub struct Rendition {
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    pub extension: &'static str,
}

// The bytes would flood any log or assertion message that prints a rendition.
impl fmt::Debug for Rendition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rendition")
            .field("width", &self.width)
            .field("height", &self.height)
            .field("bytes", &format_args!("<{} bytes>", self.bytes.len()))
            .field("content_type", &self.content_type)
            .field("extension", &self.extension)
            .finish()
    }
}

/// The outcome of [`process`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    pub source_format: Format,
    /// Size of the uploaded image as it is meant to be seen, i.e. after applying its EXIF
    /// orientation, before any scaling.
    pub width: u32,
    pub height: u32,
    /// Largest first; the first one is the full image, scaled down only to fit
    /// [`Limits::max_side`].
    pub renditions: Vec<Rendition>,
}

/// Why an upload was refused. The messages are written for the journalist who uploaded it.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MediaError {
    #[error(
        "the file is {}; the limit is {}",
        megabytes(*size as u64, Round::Up),
        megabytes(*limit as u64, Round::Down)
    )]
    TooLarge { size: usize, limit: usize },
    #[error("the file is not an image; upload a JPEG, PNG or WebP photo")]
    NotAnImage,
    /// What cannot be processed, phrased to start a sentence ("HEIC photos", "GIF images").
    #[error("{0} cannot be processed; save the photo as JPEG and upload it again")]
    Unsupported(String),
    #[error(
        "the image is {width} × {height} pixels ({} megapixels); the limit is {} megapixels",
        millions(u64::from(*width) * u64::from(*height), Round::Up),
        millions(*limit, Round::Down)
    )]
    TooManyPixels { width: u32, height: u32, limit: u64 },
    /// Holds the decoder's own words, kept at the end of the message for whoever helps the
    /// journalist.
    #[error(
        "the image file is damaged or incomplete; export it again and upload the new file ({0})"
    )]
    Corrupt(String),
}

/// Checks, decodes and re-encodes an upload: the full image (scaled down to fit
/// `limits.max_side` if needed) followed by one rendition for each of `widths` narrower than
/// it, largest first. Widths not smaller than the image are skipped: nothing is upscaled.
///
/// Photos become JPEG; images that use transparency become PNG. No metadata of the upload is
/// carried over. See the crate documentation for where to call this from.
pub fn process(upload: &[u8], limits: &Limits, widths: &[u32]) -> Result<Processed, MediaError> {
    if upload.len() > limits.max_bytes {
        return Err(MediaError::TooLarge {
            size: upload.len(),
            limit: limits.max_bytes,
        });
    }
    let format = detect(upload)?;

    let mut reader = ImageReader::with_format(Cursor::new(upload), format.image_format());
    reader.limits(decoder_limits(limits));
    // Building the decoder parses only the headers, so the pixel count below is checked before
    // any pixel memory is allocated.
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(MediaError::TooManyPixels {
            width,
            height,
            limit: limits.max_pixels,
        });
    }
    if format == Format::Jpeg && !jpeg_reaches_end(upload) {
        return Err(MediaError::Corrupt("the file ends too early".to_owned()));
    }
    // The pixel buffer counts against the budget (as in `ImageReader::decode`), so what is left
    // bounds the decoder's own side allocations.
    let mut budget = decoder_limits(limits);
    budget
        .reserve(decoder.total_bytes())
        .map_err(decode_error)?;
    decoder.set_limits(budget).map_err(decode_error)?;

    // A damaged orientation tag should not cost the journalist the upload: show it unrotated.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    image.apply_orientation(orientation);
    let (width, height) = (image.width(), image.height());

    let pixels = Pixels::from(image);
    render(limits, widths, pixels, width, height).map(|renditions| Processed {
        source_format: format,
        width,
        height,
        renditions,
    })
}

fn render(
    limits: &Limits,
    widths: &[u32],
    pixels: Pixels,
    width: u32,
    height: u32,
) -> Result<Vec<Rendition>, MediaError> {
    let (base_width, base_height) = fit_within(width, height, limits.max_side.max(1));
    let mut current = if (base_width, base_height) == (width, height) {
        pixels
    } else {
        pixels.resize(base_width, base_height)
    };

    let mut smaller: Vec<u32> = widths
        .iter()
        .copied()
        .filter(|&w| w > 0 && w < base_width)
        .collect();
    smaller.sort_unstable_by(|a, b| b.cmp(a));
    smaller.dedup();

    let mut renditions = Vec::with_capacity(smaller.len() + 1);
    renditions.push(current.encode()?);
    for w in smaller {
        // Resampled from the next larger rendition, not from the original: far cheaper with a
        // 50-megapixel upload, and no visible loss with Lanczos.
        let h = scaled(base_height, w, base_width);
        current = current.resize(w, h);
        renditions.push(current.encode()?);
    }
    Ok(renditions)
}

fn detect(upload: &[u8]) -> Result<Format, MediaError> {
    match image::guess_format(upload) {
        Ok(ImageFormat::Jpeg) => Ok(Format::Jpeg),
        Ok(ImageFormat::Png) => Ok(Format::Png),
        Ok(ImageFormat::WebP) => Ok(Format::Webp),
        Ok(other) => Err(MediaError::Unsupported(format!(
            "{} images",
            format_name(other)
        ))),
        Err(_) if is_heif(upload) => Err(MediaError::Unsupported(
            "HEIC photos (the iPhone's default format)".to_owned(),
        )),
        Err(_) => Err(MediaError::NotAnImage),
    }
}

fn format_name(format: ImageFormat) -> String {
    match format {
        ImageFormat::Gif => "GIF".to_owned(),
        ImageFormat::Tiff => "TIFF".to_owned(),
        ImageFormat::Bmp => "BMP".to_owned(),
        ImageFormat::Avif => "AVIF".to_owned(),
        ImageFormat::Ico => "ICO".to_owned(),
        other => other
            .extensions_str()
            .first()
            .map_or_else(|| format!("{other:?}"), |ext| ext.to_uppercase()),
    }
}

/// `image` does not recognise HEIF, yet it is what iPhones save by default, so it deserves a
/// better answer than "not an image".
fn is_heif(upload: &[u8]) -> bool {
    upload.get(4..8) == Some(b"ftyp")
        && upload.get(8..12).is_some_and(|brand| {
            [
                b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
            ]
            .iter()
            .any(|b| brand == *b)
        })
}

/// Whether the JPEG's markers lead to its end-of-image marker. The decoder behind `image`
/// (zune-jpeg, lenient by design) fills a truncated scan with grey instead of failing, and a
/// half-grey photo must not be published as if the upload had worked.
///
/// Lenient about what the decoder tolerates (stray bytes between segments, data after the end
/// marker); only a file that stops before its end marker is refused.
fn jpeg_reaches_end(jpeg: &[u8]) -> bool {
    let mut at = 2;
    while let (Some(&byte), Some(&marker)) = (jpeg.get(at), jpeg.get(at + 1)) {
        if byte != 0xFF {
            at += 1;
            continue;
        }
        match marker {
            0xD9 => return true,
            // A fill byte: the marker proper starts at the next 0xFF.
            0xFF => at += 1,
            // Stuffed 0xFF inside entropy-coded data, restart markers, TEM: no length field.
            0x00 | 0x01 | 0xD0..=0xD7 => at += 2,
            // Skipping by length matters: an EXIF thumbnail carries an end marker of its own.
            _ => match jpeg.get(at + 2..at + 4) {
                Some(&[high, low]) => at += 2 + usize::from(u16::from_be_bytes([high, low])),
                _ => return false,
            },
        }
    }
    false
}

/// The decoders' own allocation budget. Beyond the pixel buffer (reserved from it separately)
/// it bounds what a decoder allocates for compressed side data, such as PNG text and ICC
/// chunks, which the pixel check cannot see.
fn decoder_limits(limits: &Limits) -> image::Limits {
    let mut decoder = image::Limits::default();
    // Eight bytes a pixel covers the widest layout decoded here (16-bit RGBA PNG).
    decoder.max_alloc = Some(limits.max_pixels.saturating_mul(8).saturating_add(64 << 20));
    decoder
}

fn decode_error(error: ImageError) -> MediaError {
    match error {
        ImageError::Unsupported(e) => MediaError::Unsupported(format!("this kind of image ({e})")),
        ImageError::Limits(_) => {
            MediaError::Corrupt("it needs more memory to open than its size explains".to_owned())
        }
        ImageError::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            MediaError::Corrupt("the file ends too early".to_owned())
        }
        other => MediaError::Corrupt(other.to_string().trim().to_owned()),
    }
}

/// Decoded pixels in the two layouts the encoders take. Transparent images are kept with
/// premultiplied alpha while they are resampled, otherwise the colour of fully transparent
/// pixels (often black) bleeds into the visible edge as a dark fringe.
enum Pixels {
    Opaque(DynamicImage),
    Premultiplied(RgbaImage),
}

impl From<DynamicImage> for Pixels {
    fn from(image: DynamicImage) -> Self {
        if image.color().has_alpha() {
            let mut rgba = image.into_rgba8();
            if rgba.pixels().any(|p| p[3] < u8::MAX) {
                premultiply(&mut rgba);
                return Self::Premultiplied(rgba);
            }
            // An alpha channel nobody uses (common in screenshots and edited photos) would
            // make a PNG several times larger than the JPEG.
            return Self::Opaque(DynamicImage::ImageRgb8(
                DynamicImage::ImageRgba8(rgba).into_rgb8(),
            ));
        }
        Self::Opaque(DynamicImage::ImageRgb8(image.into_rgb8()))
    }
}

impl Pixels {
    fn resize(&self, width: u32, height: u32) -> Self {
        match self {
            Self::Opaque(image) => {
                Self::Opaque(image.resize_exact(width, height, FilterType::Lanczos3))
            }
            Self::Premultiplied(image) => Self::Premultiplied(image::imageops::resize(
                image,
                width,
                height,
                FilterType::Lanczos3,
            )),
        }
    }

    fn encode(&self) -> Result<Rendition, MediaError> {
        let mut bytes = Vec::new();
        let (width, height, content_type, extension) = match self {
            Self::Opaque(image) => {
                image
                    .write_with_encoder(JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY))
                    .map_err(encode_error)?;
                (image.width(), image.height(), "image/jpeg", "jpg")
            }
            Self::Premultiplied(image) => {
                let mut straight = image.clone();
                unpremultiply(&mut straight);
                DynamicImage::ImageRgba8(straight)
                    .write_with_encoder(PngEncoder::new_with_quality(
                        &mut bytes,
                        CompressionType::Default,
                        PngFilter::Adaptive,
                    ))
                    .map_err(encode_error)?;
                (image.width(), image.height(), "image/png", "png")
            }
        };
        Ok(Rendition {
            width,
            height,
            bytes,
            content_type,
            extension,
        })
    }
}

// Encoding into memory fails only on a bug; still, the upload path must not panic.
fn encode_error(error: ImageError) -> MediaError {
    MediaError::Corrupt(format!("it could not be re-encoded: {error}"))
}

fn premultiply(image: &mut RgbaImage) {
    for pixel in image.pixels_mut() {
        let alpha = u16::from(pixel[3]);
        for channel in &mut pixel.0[..3] {
            *channel = ((u16::from(*channel) * alpha + 127) / 255) as u8;
        }
    }
}

fn unpremultiply(image: &mut RgbaImage) {
    for pixel in image.pixels_mut() {
        let alpha = u16::from(pixel[3]);
        if alpha == 0 {
            pixel.0 = [0; 4];
            continue;
        }
        for channel in &mut pixel.0[..3] {
            *channel = ((u16::from(*channel) * 255 + alpha / 2) / alpha).min(255) as u8;
        }
    }
}

/// The largest size with the same aspect ratio whose longest side is at most `max_side`.
fn fit_within(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    if width.max(height) <= max_side {
        (width, height)
    } else if width >= height {
        (max_side, scaled(height, max_side, width))
    } else {
        (scaled(width, max_side, height), max_side)
    }
}

/// `side * numerator / denominator`, rounded, never zero.
fn scaled(side: u32, numerator: u32, denominator: u32) -> u32 {
    let exact = (u64::from(side) * u64::from(numerator) * 2 + u64::from(denominator))
        / (2 * u64::from(denominator));
    u32::try_from(exact).unwrap_or(u32::MAX).max(1)
}

#[derive(Clone, Copy)]
enum Round {
    Up,
    Down,
}

/// Rounded so that a file just over the limit never reads as equal to it.
fn megabytes(bytes: u64, round: Round) -> String {
    format!("{} MB", millions(bytes, round))
}

fn millions(n: u64, round: Round) -> String {
    let tenths = match round {
        Round::Up => n.div_ceil(100_000),
        Round::Down => n / 100_000,
    };
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_so_the_file_never_looks_within_the_limit() {
        assert_eq!(
            MediaError::TooLarge {
                size: 31_000_000,
                limit: 20_000_000
            }
            .to_string(),
            "the file is 31 MB; the limit is 20 MB"
        );
        assert_eq!(
            MediaError::TooLarge {
                size: 20_000_001,
                limit: 20_000_000
            }
            .to_string(),
            "the file is 20.1 MB; the limit is 20 MB"
        );
        assert_eq!(
            MediaError::TooManyPixels {
                width: 20_000,
                height: 15_000,
                limit: 50_000_000
            }
            .to_string(),
            "the image is 20000 × 15000 pixels (300 megapixels); the limit is 50 megapixels"
        );
    }

    #[test]
    fn fitting_keeps_the_aspect_ratio() {
        assert_eq!(fit_within(4000, 3000, 12_000), (4000, 3000));
        assert_eq!(fit_within(24_000, 1000, 12_000), (12_000, 500));
        assert_eq!(fit_within(1000, 24_000, 12_000), (500, 12_000));
        assert_eq!(fit_within(50_000, 1, 12_000), (12_000, 1));
        assert_eq!(scaled(3000, 800, 4000), 600);
        assert_eq!(scaled(1, 1, 1000), 1);
    }

    #[test]
    fn premultiplying_round_trips_opaque_and_clears_invisible_colour() {
        let mut image = RgbaImage::from_pixel(2, 1, image::Rgba([200, 100, 50, 255]));
        image.put_pixel(1, 0, image::Rgba([200, 100, 50, 0]));
        premultiply(&mut image);
        unpremultiply(&mut image);
        assert_eq!(image.get_pixel(0, 0).0, [200, 100, 50, 255]);
        assert_eq!(image.get_pixel(1, 0).0, [0, 0, 0, 0]);
    }

    #[test]
    fn heif_is_named_rather_than_called_not_an_image() {
        let mut heic = vec![0, 0, 0, 24];
        heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
        assert!(
            matches!(detect(&heic), Err(MediaError::Unsupported(what)) if what.contains("HEIC"))
        );
    }
}
