use crate::helpers::*;

#[tokio::test]
async fn bad_lines_are_reported_and_good_lines_kept() {
    let app = spawn_app().await;
    let lines = vec![
        line("ok1", "en", "First good story", ""),
        "{ this is not json".to_string(),
        line("bad-region", "en", "Bad region", r#""regions":["Persia"]"#),
        String::new(),
        line("bad-edition", "fr", "Mauvaise édition", ""),
        line(
            "unknown-region",
            "en",
            "Unknown region",
            r#""regions":["ZZ"]"#,
        ),
        r#"{"id":"typo","edition":"en","headine":"x","body":""}"#.to_string(),
        line(
            "bad-date",
            "en",
            "Bad date",
            r#""published_at":"last tuesday""#,
        ),
        line("ok2", "en", "Second good story", ""),
    ];
    let report = app.import(&lines).await;
    assert_eq!(report.created, 2);
    let failed: Vec<(u64, &str)> = report
        .failed
        .iter()
        .map(|(l, r)| (*l, r.as_str()))
        .collect();
    assert_eq!(failed.len(), 6, "{failed:?}");
    assert_eq!(failed[0].0, 2);
    assert!(failed[0].1.contains("not a valid article record"));
    assert_eq!(failed[1].0, 3);
    assert!(failed[1].1.starts_with("regions:"), "{}", failed[1].1);
    assert_eq!(failed[2].0, 5);
    assert!(failed[2].1.starts_with("edition:"));
    assert_eq!(failed[3].0, 6);
    assert!(
        failed[3].1.contains("unknown region \"ZZ\""),
        "{}",
        failed[3].1
    );
    assert_eq!(failed[4].0, 7);
    assert!(failed[4].1.contains("unknown field `headine`"));
    assert_eq!(failed[5].0, 8);
    assert!(failed[5].1.starts_with("published_at:"));
    assert_eq!(app.json("/api/v1/articles").await["total"], 2);
}

#[tokio::test]
async fn importing_twice_updates_instead_of_duplicating() {
    let app = spawn_app().await;
    let lines = vec![
        line("a", "en", "Story A", ""),
        line("b", "en", "Story B", ""),
    ];
    let first = app.import(&lines).await;
    assert_eq!((first.created, first.updated, first.unchanged), (2, 0, 0));
    let second = app.import(&lines).await;
    assert_eq!(
        (second.created, second.updated, second.unchanged),
        (0, 0, 2)
    );
    let changed = app.import(&[line("a", "en", "Story A, revised", "")]).await;
    assert_eq!(changed.updated, 1);
    assert_eq!(app.json("/api/v1/articles").await["total"], 2);
    let a = app
        .store
        .article_by_external_id("a")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.revision, 2);
    assert_eq!(a.summary.slug, "story-a", "an update keeps the address");
}

#[test]
fn the_command_reports_line_numbers_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    std::fs::write(
        &file,
        format!(
            "{}\nnot json\n{}\n",
            line("a", "en", "Good", ""),
            line("b", "en", "Also good", "")
        ),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args([
            "--data",
            dir.path().join("data").to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ])
        .env_remove("DATELINE_DATABASE_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("in.jsonl:2: not a valid article record"),
        "{stderr}"
    );
    assert!(
        stdout.contains("2 created, 0 updated, 0 unchanged, 1 failed"),
        "{stdout}"
    );
}

#[test]
fn verify_reports_a_tampered_revision_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = dir.path().join("in.jsonl");
    std::fs::write(
        &file,
        format!(
            "{}\n{}\n",
            line("a", "en", "Good", ""),
            line("b", "en", "Also good", "")
        ),
    )
    .unwrap();
    let dateline = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
            .arg("--data")
            .arg(&data)
            .args(args)
            .env_remove("DATELINE_DATABASE_URL")
            .output()
            .unwrap()
    };
    assert!(dateline(&["import", file.to_str().unwrap()])
        .status
        .success());
    let ok = dateline(&["verify"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout)
        .contains("2 articles, 2 revisions: every history is intact"));

    // Edit the database directly, as an intruder with the file would.
    let db = data.join("dateline.db");
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display())).await.unwrap();
        sqlx::query("DROP TRIGGER revisions_no_update").execute(&mut c).await.unwrap();
        sqlx::query("UPDATE revisions SET snapshot = replace(snapshot, 'Also good', 'Forged') WHERE number = 1")
            .execute(&mut c)
            .await
            .unwrap();
    });
    let bad = dateline(&["verify"]);
    let stdout = String::from_utf8_lossy(&bad.stdout);
    assert_eq!(bad.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("revision 1 was altered"), "{stdout}");
}
