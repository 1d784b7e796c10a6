//! `dateline reindex`: this node's search index, rebuilt from the store.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::Context;
use dateline_store::Store;
use dateline_web::AppState;

use crate::config::Loaded;
use crate::progress::Progress;

pub async fn run(loaded: Loaded, store: Store) -> anyhow::Result<()> {
    let dir = loaded
        .settings
        .search_dir
        .clone()
        .context("no search_dir is set")?;
    let total = store.article_count().await? as u64;
    let state = AppState::build(loaded.settings, store).await.map_err(|e| {
        anyhow::anyhow!(
            "{e:#}\n(is `dateline serve` running on this data folder? It holds the index, and \
             rebuilds it by itself when it finds it missing or damaged)"
        )
    })?;
    let progress = Arc::new(Mutex::new(Progress::new(
        &format!("rebuilding the search index in {}", dir.display()),
        total,
        false,
    )));
    let started = Instant::now();
    let shown = progress.clone();
    let indexed = dateline_web::search::rebuild(state.clone(), move |n| {
        if let Ok(mut p) = shown.lock() {
            p.set(n);
        }
    })
    .await?;
    let summary = format!(
        "{indexed} stories indexed in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    match Arc::try_unwrap(progress) {
        Ok(p) => p
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .finish(&summary),
        Err(_) => println!("{summary}"),
    }
    state.store.close().await;
    Ok(())
}
