//! Dateline's domain: editions, regions, articles and their revisions, and the rules that
//! turn what a journalist (or an import file) supplies into content the site can show.
//!
//! Nothing here touches the network or a database: the store persists these types and the
//! web layer renders them.

pub mod article;
pub mod edition;
pub mod i18n;
pub mod import;
pub mod markdown;
pub mod newsletter;
pub mod newsroom;
pub mod region;
pub mod slug;
pub mod time;
pub mod wordpress;

pub use article::{ArticleInput, ArticleSnapshot, Named, Prepared, Status, ValidationError};
pub use edition::Edition;
