//! Old addresses: when no page of the site matches an address, the `redirects` table may say
//! where it went (a WordPress permalink after `dateline import-wordpress`, any renamed
//! address). The answer is a 301 to the story's address now.
//!
//! Each node remembers the redirects it has answered, so a much-linked old address costs a
//! hash-map look-up. A change to an article forgets the redirects leading to it (its address
//! may have moved, or it may be unpublished). Addresses that lead nowhere are not remembered:
//! they would let anyone fill the memory with made-up addresses.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::Body;
use axum::http::Response;
use dateline_store::RedirectTarget;

use crate::site::urls;
use crate::AppState;

/// Most redirects a node remembers; past it, it starts again from empty.
const MAX_REMEMBERED: usize = 50_000;

#[derive(Default)]
struct Inner {
    /// Redirect key → (article it leads to, its address).
    to: HashMap<String, (Option<i64>, String)>,
    /// Article → the keys leading to it.
    by_article: HashMap<i64, Vec<String>>,
}

#[derive(Default)]
pub struct Redirects {
    inner: Mutex<Inner>,
}

impl Redirects {
    fn get(&self, key: &str) -> Option<String> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.to.get(key).map(|(_, to)| to.clone())
    }

    fn remember(&self, key: String, article: Option<i64>, to: String) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.to.len() >= MAX_REMEMBERED {
            *inner = Inner::default();
        }
        if let Some(id) = article {
            inner.by_article.entry(id).or_default().push(key.clone());
        }
        inner.to.insert(key, (article, to));
    }

    /// Forgets the redirects leading to `article_id` (called for every change to it).
    pub fn forget_article(&self, article_id: i64) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(keys) = inner.by_article.remove(&article_id) {
            for key in keys {
                inner.to.remove(&key);
            }
        }
    }
}

/// The redirect for an address no page matched, if the store knows one. Only to a story
/// readers can see: a draft's or an unpublished story's old address stays a 404.
pub async fn old_address(
    state: &AppState,
    path: &str,
    query: Option<&str>,
) -> Option<Response<Body>> {
    let key = dateline_core::wordpress::request_redirect_key(path, query)?;
    if let Some(to) = state.redirects.get(&key) {
        return Some(crate::serve::permanent_redirect(&to));
    }
    let target = match state.store.redirect(&key).await {
        Ok(target) => target?,
        Err(e) => {
            tracing::warn!(error = %e, "looking up an old address failed");
            return None;
        }
    };
    let (article, to) = match target {
        RedirectTarget::Path(to) => (None, to),
        RedirectTarget::Article(id) => {
            let summary = match state.store.summaries(&[id]).await {
                Ok(found) => found.into_iter().next()?,
                Err(e) => {
                    tracing::warn!(error = %e, article = id, "reading a redirect's article failed");
                    return None;
                }
            };
            if !summary.is_visible(dateline_core::article::now()) {
                return None;
            }
            let ed = state.site.edition(&summary.edition)?;
            (Some(id), urls::article(&summary, &ed.tz))
        }
    };
    state.redirects.remember(key, article, to.clone());
    Some(crate::serve::permanent_redirect(&to))
}
