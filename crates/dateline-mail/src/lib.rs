//! Mail: the subscriber keyring, composing mails from outbox rows, the outbox worker that
//! sends them over SMTP, and the digest schedule.
//!
//! What a mail says is rendered by the web layer with the theme's templates; this crate
//! only knows how to seal, address, pace and deliver it.

pub mod compose;
pub mod keyring;
pub mod schedule;
pub mod worker;

pub use compose::{Composer, Links, SealedMail};
pub use keyring::{KeyError, Keyring};
pub use worker::{BatchReport, OnSent, Worker, WorkerSettings};
