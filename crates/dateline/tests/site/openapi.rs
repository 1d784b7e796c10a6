//! The read API against its own description: `/api/openapi.json` as a partner's tool fetches
//! it, then schemathesis (`DATELINE_TEST_SCHEMATHESIS`, installed by `.ci/tools.sh`) generating
//! requests from it, valid and not, and checking every answer with all its checks.

use std::process::Command;
use std::time::Instant;

use crate::helpers::*;

/// Requests per operation and phase: enough to reach every parameter's edge cases, few
/// enough that the run takes about a minute on the CI machine.
const MAX_EXAMPLES: &str = "100";

/// Fails the run on any warning schemathesis gives (an operation it could not test with
/// valid data, a schema it could not use...), not only on failed checks.
const CONFIG: &str = "[warnings]\nfail-on = true\n";

#[tokio::test]
async fn the_description_is_served_for_partners_and_their_caches() {
    let app = spawn_app().await;
    let r = app
        .get_with("/api/openapi.json", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert_eq!(
        h["content-type"],
        "application/vnd.oai.openapi+json;version=3.1"
    );
    assert_eq!(h["cache-control"], "public, max-age=3600");
    assert_eq!(h["content-encoding"], "gzip");
    let etag = h["etag"].to_str().unwrap().to_string();
    let again = app
        .get_with("/api/openapi.json", &[("if-none-match", &etag)])
        .await;
    assert_eq!(again.status(), 304);

    let doc: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    // The configured public address, and this site's editions.
    assert_eq!(
        doc["servers"][0]["url"],
        app.state.settings.base_url.trim_end_matches('/')
    );
    assert_eq!(
        doc["components"]["schemas"]["Edition"]["enum"],
        serde_json::json!(["it", "en", "es", "zh"])
    );
    assert!(doc["paths"]["/api/v1/search"]["get"]["parameters"].is_array());
}

#[tokio::test]
async fn schemathesis_finds_nothing_wrong_with_the_read_api() {
    let tester = std::env::var("DATELINE_TEST_SCHEMATHESIS").expect(
        "DATELINE_TEST_SCHEMATHESIS is not set: run the tests with `bash .ci/run`, or `source .ci/tools.sh` first",
    );
    let app = spawn_demo_sample(30).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("schemathesis.toml");
    std::fs::write(&config, CONFIG).unwrap();
    let started = Instant::now();
    let mut command = Command::new(&tester);
    command
        .arg("--config-file")
        .arg(&config)
        .arg("run")
        .arg(format!("{}/api/openapi.json", app.address))
        // The document names the configured public address; test this server instead.
        .args(["--url", &app.address])
        .args(["--checks", "all"])
        .args(["--max-examples", MAX_EXAMPLES])
        // The same requests on every run: a failure in CI is one a developer can replay.
        .arg("--generation-deterministic")
        .args(["--workers", "2", "--request-timeout", "10", "--no-color"])
        .current_dir(dir.path());
    // On a blocking thread: the server under test answers on this test's runtime.
    let out = tokio::task::spawn_blocking(move || command.output())
        .await
        .unwrap()
        .unwrap_or_else(|e| panic!("cannot run {tester}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "schemathesis found problems ({}):\n{stdout}\n{stderr}",
        out.status
    );
    // A run that tested nothing would also succeed.
    for line in ["Selected: 4/4", "Tested: 4", "No issues found"] {
        assert!(
            stdout.contains(line),
            "no {line:?} in the report:\n{stdout}"
        );
    }
    eprintln!(
        "schemathesis ran in {:.0} s:\n{stdout}",
        started.elapsed().as_secs_f64()
    );
}
