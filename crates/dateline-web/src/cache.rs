//! The page cache: rendered pages kept in memory with their gzip and Brotli variants, so a
//! cached request costs a hash-map look-up and a write.
//!
//! Each page is filed under the dependency tags it was built from (`a:ID` for every article
//! shown, `list:ED` for list pages, `r:ED:CODE` and `t:ID` for the regions and tags an
//! article page's "See also" draws on). A change to an article drops every page filed under
//! its tags, before and after the change.

use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::http::HeaderValue;
use bytes::Bytes;
use sha2::{Digest, Sha256};

/// A response body ready to send in every encoding.
#[derive(Debug)]
pub struct CachedPage {
    pub content_type: &'static str,
    pub cache_control: &'static str,
    pub identity: Bytes,
    pub gzip: Option<Bytes>,
    pub brotli: Option<Bytes>,
    /// Hex digest of the identity body; encodings add a suffix to it.
    pub etag_base: String,
    /// Unix seconds.
    pub last_modified: i64,
    /// Header values computed once, so a cache hit formats nothing.
    pub headers: PreparedHeaders,
}

#[derive(Debug)]
pub struct PreparedHeaders {
    pub etag_identity: HeaderValue,
    pub etag_gzip: HeaderValue,
    pub etag_brotli: HeaderValue,
    pub last_modified: Option<HeaderValue>,
}

impl PreparedHeaders {
    fn new(etag_base: &str, last_modified: i64) -> PreparedHeaders {
        let etag = |suffix: &str| {
            HeaderValue::from_str(&format!("\"{etag_base}{suffix}\""))
                .expect("hex is a valid header value")
        };
        PreparedHeaders {
            etag_identity: etag(""),
            etag_gzip: etag("-gz"),
            etag_brotli: etag("-br"),
            last_modified: (last_modified > 0)
                .then(|| jiff::Timestamp::from_second(last_modified).ok())
                .flatten()
                .and_then(|t| HeaderValue::from_str(&dateline_core::time::http_date(t)).ok()),
        }
    }
}

impl CachedPage {
    /// A page with only its identity body (no compression), for uncached responses.
    pub fn plain(
        content_type: &'static str,
        cache_control: &'static str,
        body: Bytes,
        last_modified: i64,
    ) -> CachedPage {
        let etag_base = digest(&body);
        CachedPage {
            content_type,
            cache_control,
            headers: PreparedHeaders::new(&etag_base, last_modified),
            etag_base,
            identity: body,
            gzip: None,
            brotli: None,
            last_modified,
        }
    }

    /// A page with precompressed variants. Variants that do not save space are left out.
    pub fn compressed(
        content_type: &'static str,
        cache_control: &'static str,
        body: Bytes,
        last_modified: i64,
    ) -> CachedPage {
        let mut page = CachedPage::plain(content_type, cache_control, body, last_modified);
        if page.identity.len() > 256 {
            let gz = gzip(&page.identity);
            if gz.len() < page.identity.len() {
                page.gzip = Some(Bytes::from(gz));
            }
            let br = brotli(&page.identity);
            if br.len() < page.identity.len() {
                page.brotli = Some(Bytes::from(br));
            }
        }
        page
    }

    pub fn weight(&self) -> usize {
        self.identity.len()
            + self.gzip.as_ref().map_or(0, Bytes::len)
            + self.brotli.as_ref().map_or(0, Bytes::len)
            + self.etag_base.len()
            + 128
    }
}

fn digest(body: &[u8]) -> String {
    let d = Sha256::digest(body);
    hex::encode(&d[..12])
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(data.len() / 3),
        flate2::Compression::best(),
    );
    enc.write_all(data).expect("writing to memory cannot fail");
    enc.finish().expect("writing to memory cannot fail")
}

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        lgwin: 20,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params)
        .expect("writing to memory cannot fail");
    out
}

struct Entry {
    page: Arc<CachedPage>,
    tags: Vec<String>,
}

#[derive(Default)]
struct Inner {
    pages: HashMap<String, Entry>,
    by_tag: HashMap<String, HashSet<String>>,
    /// Insertion order, for evicting the oldest pages first when over budget.
    order: VecDeque<String>,
    bytes: usize,
}

impl Inner {
    fn remove(&mut self, key: &str) {
        if let Some(entry) = self.pages.remove(key) {
            self.bytes -= entry.page.weight();
            for tag in &entry.tags {
                if let Some(keys) = self.by_tag.get_mut(tag) {
                    keys.remove(key);
                    if keys.is_empty() {
                        self.by_tag.remove(tag);
                    }
                }
            }
        }
    }
}

pub struct PageCache {
    enabled: bool,
    max_bytes: usize,
    inner: RwLock<Inner>,
    /// Bumped by every invalidation: a page rendered while one happened may already be stale
    /// and is not stored.
    generation: AtomicU64,
}

impl PageCache {
    pub fn new(enabled: bool, max_bytes: usize) -> PageCache {
        PageCache {
            enabled,
            max_bytes,
            inner: RwLock::new(Inner::default()),
            generation: AtomicU64::new(0),
        }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    pub fn get(&self, key: &str) -> Option<Arc<CachedPage>> {
        if !self.enabled {
            return None;
        }
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        inner.pages.get(key).map(|e| e.page.clone())
    }

    /// Stores a page rendered when the cache was at `generation`, unless an invalidation has
    /// happened since.
    pub fn insert(&self, key: String, page: Arc<CachedPage>, tags: Vec<String>, generation: u64) {
        if !self.enabled || page.weight() > self.max_bytes / 4 {
            return;
        }
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        // Checked under the lock: invalidations take it too, so none can slip in between.
        if self.generation.load(Ordering::Acquire) != generation {
            return;
        }
        inner.remove(&key);
        for tag in &tags {
            inner
                .by_tag
                .entry(tag.clone())
                .or_default()
                .insert(key.clone());
        }
        inner.bytes += page.weight();
        inner.order.push_back(key.clone());
        inner.pages.insert(key, Entry { page, tags });
        while inner.bytes > self.max_bytes {
            let Some(oldest) = inner.order.pop_front() else {
                break;
            };
            inner.remove(&oldest);
        }
        // Keys of pages already dropped linger in `order`; compact it now and then.
        if inner.order.len() > 2 * inner.pages.len() + 1024 {
            let Inner { order, pages, .. } = &mut *inner;
            order.retain(|k| pages.contains_key(k));
        }
    }

    /// Drops every page filed under any of `tags`.
    pub fn invalidate<'a>(&self, tags: impl IntoIterator<Item = &'a str>) -> usize {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        self.generation.fetch_add(1, Ordering::AcqRel);
        let mut keys = Vec::new();
        for tag in tags {
            if let Some(set) = inner.by_tag.get(tag) {
                keys.extend(set.iter().cloned());
            }
        }
        let n = keys.len();
        for key in keys {
            inner.remove(&key);
        }
        n
    }

    /// Drops everything (e.g. after a theme change).
    pub fn clear(&self) {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        self.generation.fetch_add(1, Ordering::AcqRel);
        *inner = Inner::default();
    }

    /// Pages held and bytes used.
    pub fn stats(&self) -> (usize, usize) {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        (inner.pages.len(), inner.bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> Arc<CachedPage> {
        Arc::new(CachedPage::compressed(
            "text/html",
            "public",
            Bytes::from(text.repeat(50)),
            0,
        ))
    }

    #[test]
    fn variants_decompress_to_the_identity_body() {
        let p = page("<p>Notizie – 新闻</p>");
        let mut out = String::new();
        use std::io::Read;
        flate2::read::GzDecoder::new(&p.gzip.as_ref().unwrap()[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out.as_bytes(), &p.identity[..]);
        let mut br = Vec::new();
        brotli::BrotliDecompress(&mut &p.brotli.as_ref().unwrap()[..], &mut br).unwrap();
        assert_eq!(br, &p.identity[..]);
    }

    #[test]
    fn invalidation_drops_only_tagged_pages() {
        let c = PageCache::new(true, 10 << 20);
        let g = c.generation();
        c.insert(
            "/a".into(),
            page("a"),
            vec!["a:1".into(), "list:it".into()],
            g,
        );
        c.insert("/b".into(), page("b"), vec!["a:2".into()], g);
        assert_eq!(c.invalidate(["a:1"]), 1);
        assert!(c.get("/a").is_none());
        assert!(c.get("/b").is_some());
        // Its other tags no longer point at it.
        assert_eq!(c.invalidate(["list:it"]), 0);
    }

    #[test]
    fn a_page_rendered_across_an_invalidation_is_not_kept() {
        let c = PageCache::new(true, 10 << 20);
        let g = c.generation();
        c.invalidate(["a:1"]);
        c.insert("/a".into(), page("a"), vec!["a:1".into()], g);
        assert!(c.get("/a").is_none());
    }

    #[test]
    fn the_budget_evicts_the_oldest() {
        let one = page("x").weight();
        let c = PageCache::new(true, one * 5);
        for i in 0..10 {
            c.insert(format!("/{i}"), page("x"), vec![], c.generation());
        }
        let (n, bytes) = c.stats();
        assert!(n <= 5 && bytes <= one * 5, "{n} pages, {bytes} bytes");
        assert!(c.get("/9").is_some());
        assert!(c.get("/0").is_none());
    }

    #[test]
    fn a_disabled_cache_keeps_nothing() {
        let c = PageCache::new(false, 10 << 20);
        c.insert("/a".into(), page("a"), vec![], c.generation());
        assert!(c.get("/a").is_none());
    }
}
