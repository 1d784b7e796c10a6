//! The `dateline` command: serve the site, generate the demo, import and generate content.

pub mod cli;
pub mod config;
pub mod demo;
pub mod export;
pub mod import;
mod mail;
pub mod progress;
mod reindex;
pub mod tokens;
pub mod users;
pub mod wordpress;
