//! `dateline export-static DIR`: the public site as plain files, a read-only mirror.
//!
//! Pages are rendered by `dateline_web::mirror` with the site's own code; this side keeps the
//! folder in step: a file is written only when its bytes changed (so a second run writes
//! nothing, and rsync or a CDN upload sees only what changed), files of the last export that
//! this one did not produce (stories unpublished since) are deleted, and nothing else in the
//! folder is touched. The list of files an export wrote is kept in `DIR/.dateline-mirror`.
//! A changed file is replaced by a rename, so a web server serving the folder meanwhile never
//! sends half a page; nothing is synced to disk (a mirror is rebuilt in full if ever lost).

use std::collections::HashSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use anyhow::Context;
use dateline_store::Store;
use dateline_web::mirror::{self, MirrorLinks};
use dateline_web::{AppState, Settings};

use crate::progress::Progress;

/// The file listing what the last export wrote.
pub const MANIFEST: &str = ".dateline-mirror";

/// What an export did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    /// Files new or changed.
    pub written: u64,
    pub unchanged: u64,
    /// Files of the last export that this one did not produce.
    pub deleted: u64,
    pub seconds: f64,
}

impl Report {
    pub fn summary(&self) -> String {
        format!(
            "{} written, {} unchanged, {} deleted in {:.1} s",
            self.written, self.unchanged, self.deleted, self.seconds
        )
    }
}

/// Exports the site of `settings` into `dir`; `server_url` is where the mirror's search and
/// forms lead (`None` leaves them out). The caller closes `store`.
pub async fn run(
    settings: Settings,
    store: Store,
    dir: &Path,
    server_url: Option<String>,
) -> anyhow::Result<Report> {
    let started = Instant::now();
    let server_url = server_url
        .map(|url| {
            let url = url.trim().trim_end_matches('/').to_string();
            anyhow::ensure!(
                url.starts_with("https://") || url.starts_with("http://"),
                "--server-url {url:?}: give the live site's address, such as https://news.example.org"
            );
            Ok(url)
        })
        .transpose()?;
    let folder = Folder::open(dir)?;
    let state = AppState::build_for_mirror(settings, store, MirrorLinks { server_url }).await?;
    let now = dateline_core::article::now();
    let shown = Shown(Mutex::new(None));
    mirror::export(&state, now, &folder, &shown).await?;
    let deleted = folder.finish()?;
    let report = Report {
        written: folder.written.load(Ordering::Relaxed),
        unchanged: folder.unchanged.load(Ordering::Relaxed),
        deleted,
        seconds: started.elapsed().as_secs_f64(),
    };
    if let Some(progress) = shown.0.into_inner().unwrap_or_else(PoisonError::into_inner) {
        progress.finish(&report.summary());
    }
    Ok(report)
}

/// The progress bar (or log lines), made when the number of files is known.
struct Shown(Mutex<Option<Progress>>);

impl mirror::Progress for Shown {
    fn total(&self, files: u64) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) =
            Some(Progress::new("exporting the static mirror", files, false));
    }

    fn done(&self, files: u64) {
        if let Some(p) = self
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_mut()
        {
            p.set(files);
        }
    }
}

/// The mirror's folder.
struct Folder {
    root: PathBuf,
    /// What the last export wrote.
    previous: HashSet<String>,
    produced: Mutex<Vec<String>>,
    written: AtomicU64,
    unchanged: AtomicU64,
}

impl Folder {
    /// Opens `root`, creating it; refuses a folder that holds anything but a mirror, whose
    /// files an export could otherwise overwrite.
    fn open(root: &Path) -> anyhow::Result<Folder> {
        std::fs::create_dir_all(root)
            .with_context(|| format!("creating the mirror folder {}", root.display()))?;
        let manifest = root.join(MANIFEST);
        let previous = match std::fs::read_to_string(&manifest) {
            Ok(text) => text.lines().map(str::to_string).collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut entries = std::fs::read_dir(root)
                    .with_context(|| format!("reading {}", root.display()))?;
                anyhow::ensure!(
                    entries.next().is_none(),
                    "{} is not empty and holds no mirror written by `dateline export-static` \
                     (no {MANIFEST} file): give an empty or new folder",
                    root.display()
                );
                HashSet::new()
            }
            Err(e) => {
                return Err(e).with_context(|| format!("reading {}", manifest.display()));
            }
        };
        Ok(Folder {
            root: root.to_path_buf(),
            previous,
            produced: Mutex::new(Vec::new()),
            written: AtomicU64::new(0),
            unchanged: AtomicU64::new(0),
        })
    }

    /// Deletes what the last export wrote and this one did not, and records this one's files.
    fn finish(&self) -> anyhow::Result<u64> {
        let mut produced =
            std::mem::take(&mut *self.produced.lock().unwrap_or_else(PoisonError::into_inner));
        produced.sort_unstable();
        let now: HashSet<&str> = produced.iter().map(String::as_str).collect();
        let mut deleted = 0;
        let mut gone: Vec<&String> = self
            .previous
            .iter()
            .filter(|p| !now.contains(p.as_str()))
            .collect();
        gone.sort_unstable();
        for path in gone {
            let Some(full) = self.path(path) else {
                continue;
            };
            match std::fs::remove_file(&full) {
                Ok(()) => deleted += 1,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e).with_context(|| format!("deleting {}", full.display())),
            }
            // Folders left empty (a story's folder once its page and print page are gone).
            let mut parent = full.parent();
            while let Some(dir) = parent {
                if dir == self.root || std::fs::remove_dir(dir).is_err() {
                    break;
                }
                parent = dir.parent();
            }
        }
        let mut text = produced.join("\n");
        text.push('\n');
        write_replacing(&self.root.join(MANIFEST), text.as_bytes())?;
        Ok(deleted)
    }

    /// The file for a relative path the exporter gave; `None` for anything that would leave
    /// the folder.
    fn path(&self, relative: &str) -> Option<PathBuf> {
        let path = Path::new(relative);
        path.components()
            .all(|c| matches!(c, Component::Normal(_)))
            .then(|| self.root.join(path))
    }
}

impl mirror::Sink for Folder {
    fn put(&self, relative: &str, body: &[u8]) -> std::io::Result<()> {
        let full = self.path(relative).ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("{relative:?} is not a path inside the mirror"),
            )
        })?;
        match std::fs::metadata(&full) {
            Ok(meta) if meta.len() == body.len() as u64 && std::fs::read(&full)? == body => {
                self.unchanged.fetch_add(1, Ordering::Relaxed);
            }
            Ok(_) => {
                write_replacing(&full, body)?;
                self.written.fetch_add(1, Ordering::Relaxed);
            }
            Err(_) => {
                // A new file is written in place: no reader knows its address yet, and a
                // temporary file for each would double the work of a first export.
                if let Some(parent) = full.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(&full, body)?;
                self.written.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.produced
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(relative.to_string());
        Ok(())
    }
}

/// Writes `path` through a temporary file renamed over it: readers see the old file or the
/// new one, never a part.
fn write_replacing(path: &Path, body: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".dateline-tmp");
    let tmp = PathBuf::from(tmp);
    {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(body)?;
    }
    std::fs::rename(&tmp, path)
}
