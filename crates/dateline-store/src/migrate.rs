//! Migrations, one folder per backend, embedded in the binary and applied on start.
//! A migration is never edited once released: add a new file instead.

use std::borrow::Cow;

use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};

#[derive(Debug)]
struct Embedded(&'static [(i64, &'static str, &'static str)]);

impl<'s> MigrationSource<'s> for Embedded {
    fn resolve(
        self,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Vec<Migration>, BoxDynError>> + Send + 's>,
    > {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|(version, description, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(*description),
                        MigrationType::Simple,
                        Cow::Borrowed(*sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

const SQLITE: &[(i64, &str, &str)] = &[
    (
        1,
        "content",
        include_str!("../migrations/sqlite/0001_content.sql"),
    ),
    (
        2,
        "newsroom",
        include_str!("../migrations/sqlite/0002_newsroom.sql"),
    ),
    (
        3,
        "newsletter",
        include_str!("../migrations/sqlite/0003_newsletter.sql"),
    ),
    (
        4,
        "blocked_recipients",
        include_str!("../migrations/sqlite/0004_blocked_recipients.sql"),
    ),
    (
        5,
        "related_pins",
        include_str!("../migrations/sqlite/0005_related_pins.sql"),
    ),
    (
        6,
        "api_tokens_webhooks",
        include_str!("../migrations/sqlite/0006_api_tokens_webhooks.sql"),
    ),
    (
        7,
        "redirects",
        include_str!("../migrations/sqlite/0007_redirects.sql"),
    ),
];
const POSTGRES: &[(i64, &str, &str)] = &[
    (
        1,
        "content",
        include_str!("../migrations/postgres/0001_content.sql"),
    ),
    (
        2,
        "newsroom",
        include_str!("../migrations/postgres/0002_newsroom.sql"),
    ),
    (
        3,
        "newsletter",
        include_str!("../migrations/postgres/0003_newsletter.sql"),
    ),
    (
        4,
        "blocked_recipients",
        include_str!("../migrations/postgres/0004_blocked_recipients.sql"),
    ),
    (
        5,
        "related_pins",
        include_str!("../migrations/postgres/0005_related_pins.sql"),
    ),
    (
        6,
        "api_tokens_webhooks",
        include_str!("../migrations/postgres/0006_api_tokens_webhooks.sql"),
    ),
    (
        7,
        "redirects",
        include_str!("../migrations/postgres/0007_redirects.sql"),
    ),
];

pub async fn sqlite() -> Result<Migrator, sqlx::migrate::MigrateError> {
    Migrator::new(Embedded(SQLITE)).await
}

pub async fn postgres() -> Result<Migrator, sqlx::migrate::MigrateError> {
    Migrator::new(Embedded(POSTGRES)).await
}
