//! Progress of long work: a bar on a terminal, plain log lines otherwise (CI, pipes, systemd).

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    what: String,
    total: u64,
    done: u64,
    last_log: Instant,
}

/// Plain log lines come at most this often.
const LOG_EVERY: Duration = Duration::from_secs(5);

impl Progress {
    /// `total` units of work (bytes, articles) described as `what`.
    pub fn new(what: &str, total: u64, unit_is_bytes: bool) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total);
            let template = if unit_is_bytes {
                "{msg} [{bar:40}] {bytes}/{total_bytes} ({eta} left)"
            } else {
                "{msg} [{bar:40}] {pos}/{len} ({per_sec}, {eta} left)"
            };
            bar.set_style(
                ProgressStyle::with_template(template)
                    .expect("valid template")
                    .progress_chars("=> "),
            );
            bar.set_message(what.to_string());
            bar
        });
        Progress {
            bar,
            what: what.to_string(),
            total,
            done: 0,
            last_log: Instant::now(),
        }
    }

    pub fn set(&mut self, done: u64) {
        self.done = done;
        match &self.bar {
            Some(bar) => bar.set_position(done),
            None => {
                if self.last_log.elapsed() >= LOG_EVERY {
                    self.last_log = Instant::now();
                    let pct = (done * 100).checked_div(self.total).unwrap_or(0);
                    tracing::info!("{}: {pct}% ({done} of {})", self.what, self.total);
                }
            }
        }
    }

    pub fn finish(self, summary: &str) {
        match self.bar {
            Some(bar) => bar.finish_with_message(format!("{}: {summary}", self.what)),
            None => tracing::info!("{}: {summary}", self.what),
        }
    }
}
