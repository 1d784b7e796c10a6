//! A real SMTP server for the tests: `.ci/smtp_sink.py` (aiosmtpd) in a child process on a
//! free port of 127.0.0.1. It stores every message it accepts as one JSON file in a temporary
//! folder, which `messages` reads back. Recipients named `bounce…` are refused with 550 and
//! `tempfail…` ones get 451 once, so tests can drive the failure paths over real TCP.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The sink starts in well under a second; the margin is for a machine busy compiling.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// The variable `.ci/tools.sh` exports: the command that starts the sink, less its arguments.
const COMMAND_VAR: &str = "DATELINE_TEST_SMTP_SINK";

pub struct SmtpSink {
    pub port: u16,
    /// Where the sink writes the messages.
    dir: tempfile::TempDir,
    /// The sink's stdout and stderr, apart from `dir` so that they are never taken for mail,
    /// and in files rather than pipes so that a chatty sink can never block on a full pipe.
    logs: tempfile::TempDir,
    child: Child,
    command: Vec<String>,
}

impl SmtpSink {
    /// Starts the sink on a free port and returns once it accepts connections.
    pub fn start() -> SmtpSink {
        SmtpSink::start_with(&[])
    }

    /// A sink that does not announce PIPELINING: clients send one command at a time.
    pub fn without_pipelining() -> SmtpSink {
        SmtpSink::start_with(&["--no-pipelining"])
    }

    fn start_with(options: &[&str]) -> SmtpSink {
        let prefix = std::env::var(COMMAND_VAR).unwrap_or_default();
        let mut command: Vec<String> = prefix.split_whitespace().map(String::from).collect();
        assert!(
            !command.is_empty(),
            "{COMMAND_VAR} is not set: run the tests with `bash .ci/run`, or `source .ci/tools.sh` first"
        );
        command.extend(options.iter().map(|o| o.to_string()));
        let dir = tempfile::tempdir().unwrap();
        let logs = tempfile::tempdir().unwrap();
        // The free port is free only until someone else binds it: another test may take it
        // between our probe and the sink's bind, so a sink that lost that race tries anew.
        let mut attempt = 1;
        loop {
            let port = free_port();
            match spawn(&command, port, dir.path(), logs.path()) {
                Ok(child) => {
                    return SmtpSink {
                        port,
                        dir,
                        logs,
                        child,
                        command,
                    }
                }
                Err(error) if attempt < 3 && error.contains("EADDRINUSE") => {
                    attempt += 1;
                }
                Err(error) => panic!("the SMTP sink `{prefix}` did not start: {error}"),
            }
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message stored so far, in the order the sink accepted them (the file names
    /// start with a counter that a restarted sink continues).
    pub fn messages(&self) -> Vec<Mail> {
        let mut paths: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            // Only *.json: a file still being written is a *.tmp until it is renamed whole.
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        paths.sort();
        paths.iter().map(|path| Mail::read(path)).collect()
    }

    /// Waits until at least `count` messages have arrived and returns them all.
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Mail> {
        let deadline = Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= count {
                return messages;
            }
            if Instant::now() >= deadline {
                let subjects: Vec<&str> = messages.iter().map(|m| m.subject.as_str()).collect();
                panic!(
                    "expected {count} messages at {} within {timeout:?}, {} arrived: {subjects:?}",
                    self.url(),
                    messages.len()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Kills the sink as a crash would (no clean shutdown), so that tests see the server go
    /// away mid-conversation. Its port is free once this returns.
    pub fn stop(&mut self) {
        // Errors mean it had exited already, which is what we want.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts the sink again on the same port and folder; the messages stored stay.
    pub fn restart(&mut self) {
        self.stop();
        self.child = spawn(&self.command, self.port, self.dir.path(), self.logs.path())
            .unwrap_or_else(|error| {
                panic!(
                    "the SMTP sink did not restart on port {}: {error}",
                    self.port
                )
            });
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A port nobody listens on: the OS picks one for a listener that we drop at once.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the sink and waits for its `listening on` line, which it prints only once its
/// socket is bound and listening. On failure the error carries the sink's stderr.
fn spawn(command: &[String], port: u16, dir: &Path, logs: &Path) -> Result<Child, String> {
    let stdout_path = logs.join("stdout.log");
    let stderr_path = logs.join("stderr.log");
    // Created anew each time, so that a line left by the previous run cannot count.
    let stdout = File::create(&stdout_path).unwrap();
    let stderr = File::create(&stderr_path).unwrap();
    let mut child = Command::new(&command[0])
        .args(&command[1..])
        .arg("--port")
        .arg(port.to_string())
        .arg("--dir")
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .map_err(|error| format!("cannot run {command:?}: {error}"))?;
    let ready = format!("listening on 127.0.0.1:{port}");
    let stderr_text = || std::fs::read_to_string(&stderr_path).unwrap_or_default();
    let deadline = Instant::now() + START_TIMEOUT;
    loop {
        let stdout_text = std::fs::read_to_string(&stdout_path).unwrap_or_default();
        if stdout_text.lines().any(|line| line.trim() == ready) {
            return Ok(child);
        }
        if let Some(status) = child.try_wait().unwrap() {
            return Err(format!(
                "it exited ({status}) before listening on port {port}; its stderr:\n{}",
                stderr_text()
            ));
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "it did not print `{ready}` within {START_TIMEOUT:?}; its stderr:\n{}",
                stderr_text()
            ));
        }
        // A blocking sleep: start and restart are called from sync code too, and the
        // wait is short.
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// One message as the sink stored it.
#[derive(Debug, Clone)]
pub struct Mail {
    /// The envelope's sender (MAIL FROM).
    pub mail_from: String,
    /// The envelope's accepted recipients (RCPT TO), in the order given.
    pub rcpt_to: Vec<String>,
    /// Decoded (RFC 2047); empty when the message has no Subject header.
    pub subject: String,
    /// The text/plain part, decoded.
    pub text: Option<String>,
    /// The text/html part, decoded.
    pub html: Option<String>,
    /// The message as it came over the wire, after the SMTP dot-unstuffing.
    pub raw: String,
    /// Lowercased header name → its decoded values, in the order they appear.
    headers: BTreeMap<String, Vec<String>>,
}

impl Mail {
    fn read(path: &Path) -> Mail {
        let text = std::fs::read_to_string(path).unwrap();
        let json: Value = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{} is not JSON: {error}", path.display()));
        let string = |key: &str| json[key].as_str().map(String::from);
        let strings = |value: &Value| -> Vec<String> {
            value
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|item| item.as_str().map(String::from))
                .collect()
        };
        let headers = json["headers"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, values)| (name.to_ascii_lowercase(), strings(values)))
            .collect();
        Mail {
            mail_from: string("mail_from").unwrap_or_default(),
            rcpt_to: strings(&json["rcpt_to"]),
            subject: string("subject").unwrap_or_default(),
            text: string("text"),
            html: string("html"),
            raw: string("raw").unwrap_or_default(),
            headers,
        }
    }

    /// The first value of header `name` (any case), decoded.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .and_then(|values| values.first())
            .map(String::as_str)
    }

    /// The first envelope recipient.
    pub fn to(&self) -> &str {
        self.rcpt_to.first().map(String::as_str).unwrap_or_default()
    }
}

/// A bare SMTP client over tokio's TcpStream: the test checks the sink itself, so it speaks
/// the protocol by hand rather than through the mail code under test.
struct Conversation {
    stream: tokio::io::BufReader<tokio::net::TcpStream>,
}

impl Conversation {
    async fn open(port: u16) -> Conversation {
        let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        let mut conversation = Conversation {
            stream: tokio::io::BufReader::new(stream),
        };
        let (code, greeting) = conversation.reply().await;
        assert_eq!(code, 220, "{greeting}");
        conversation
    }

    /// One reply, multi-line ones (`250-…` lines up to a `250 …`) included.
    async fn reply(&mut self) -> (u16, String) {
        use tokio::io::AsyncBufReadExt;
        let mut text = String::new();
        loop {
            let mut line = String::new();
            // Bounded, so that a sink that stops answering fails the test instead of hanging it.
            let read =
                tokio::time::timeout(Duration::from_secs(10), self.stream.read_line(&mut line))
                    .await
                    .expect("no reply from the SMTP sink within 10 s")
                    .unwrap();
            assert!(
                read > 0,
                "the SMTP sink closed the connection after {text:?}"
            );
            text.push_str(&line);
            let bytes = line.as_bytes();
            assert!(bytes.len() >= 4, "not an SMTP reply line: {line:?}");
            if bytes[3] == b' ' || line.trim_end().len() == 3 {
                let code = line[..3].parse().expect("an SMTP reply code");
                return (code, text);
            }
        }
    }

    async fn send(&mut self, data: &str) {
        use tokio::io::AsyncWriteExt;
        self.stream
            .get_mut()
            .write_all(data.as_bytes())
            .await
            .unwrap();
    }

    async fn command(&mut self, line: &str) -> (u16, String) {
        self.send(&format!("{line}\r\n")).await;
        self.reply().await
    }

    /// Sends `message` (CRLF lines) with the SMTP dot-stuffing that DATA needs.
    async fn data(&mut self, message: &str) -> (u16, String) {
        let (code, text) = self.command("DATA").await;
        assert_eq!(code, 354, "{text}");
        let mut body = String::new();
        for line in message.split("\r\n") {
            if line.starts_with('.') {
                body.push('.');
            }
            body.push_str(line);
            body.push_str("\r\n");
        }
        body.push_str(".\r\n");
        self.send(&body).await;
        self.reply().await
    }
}

/// A multipart/alternative message with a non-ASCII subject, encoded as RFC 2047 requires.
fn multipart_message(to: &str) -> String {
    [
        "From: Desk <desk@dateline.test>",
        &format!("To: {to}"),
        // "Café über München" in UTF-8, Q-encoded.
        "Subject: =?UTF-8?Q?Caf=C3=A9_=C3=BCber_M=C3=BCnchen?=",
        "Message-ID: <sink-test-1@dateline.test>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative; boundary=\"edition\"",
        "",
        "--edition",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Gr=C3=BC=C3=9Fe aus der Redaktion.",
        ".a line that starts with a dot",
        "--edition",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: 7bit",
        "",
        "<p>Greetings from the <b>desk</b>.</p>",
        "--edition--",
    ]
    .join("\r\n")
}

#[tokio::test]
async fn the_sink_receives_and_refuses() {
    let mut sink = SmtpSink::start();
    assert_eq!(sink.url(), format!("smtp://127.0.0.1:{}", sink.port));

    let mut smtp = Conversation::open(sink.port).await;
    let (code, text) = smtp.command("EHLO client.test").await;
    assert_eq!(code, 250, "{text}");
    let (code, text) = smtp.command("MAIL FROM:<desk@dateline.test>").await;
    assert_eq!(code, 250, "{text}");
    let (code, text) = smtp.command("RCPT TO:<bounce@x.test>").await;
    assert_eq!(code, 550, "{text}");
    assert!(text.contains("5.1.1"), "{text}");
    let (code, text) = smtp.command("RCPT TO:<tempfail@x.test>").await;
    assert_eq!(code, 451, "{text}");
    assert!(text.contains("4.3.0"), "{text}");
    let (code, text) = smtp.command("RCPT TO:<tempfail@x.test>").await;
    assert_eq!(code, 250, "the second try is accepted: {text}");
    let (code, text) = smtp.command("RCPT TO:<reader@x.test>").await;
    assert_eq!(code, 250, "{text}");
    let (code, text) = smtp.data(&multipart_message("reader@x.test")).await;
    assert_eq!(code, 250, "{text}");
    let (code, text) = smtp.command("QUIT").await;
    assert_eq!(code, 221, "{text}");

    let mails = sink.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(mails.len(), 1, "{mails:#?}");
    let mail = &mails[0];
    assert_eq!(mail.mail_from, "desk@dateline.test");
    // The refused recipient is not in the envelope; the one that was deferred once is.
    assert_eq!(mail.rcpt_to, ["tempfail@x.test", "reader@x.test"]);
    assert_eq!(mail.to(), "tempfail@x.test");
    assert_eq!(mail.subject, "Café über München");
    assert_eq!(mail.header("SUBJECT"), Some("Café über München"));
    assert_eq!(mail.header("from"), Some("Desk <desk@dateline.test>"));
    assert_eq!(mail.header("x-missing"), None);
    let text = mail.text.as_deref().expect("a text/plain part");
    assert!(text.contains("Grüße aus der Redaktion."), "{text:?}");
    // The sink undid the dot-stuffing.
    assert!(
        text.contains("\n.a line that starts with a dot"),
        "{text:?}"
    );
    let html = mail.html.as_deref().expect("a text/html part");
    assert!(html.contains("<b>desk</b>"), "{html:?}");
    assert!(mail.raw.contains("=?UTF-8?Q?Caf=C3=A9"), "{}", mail.raw);

    // Killed, the sink refuses connections; restarted, it stores into the same folder, after
    // what it had, and has forgotten which addresses it deferred.
    sink.stop();
    assert!(
        tokio::net::TcpStream::connect(("127.0.0.1", sink.port))
            .await
            .is_err(),
        "nothing listens on port {} after stop()",
        sink.port
    );
    sink.restart();
    let mut smtp = Conversation::open(sink.port).await;
    smtp.command("HELO client.test").await;
    smtp.command("MAIL FROM:<desk@dateline.test>").await;
    let (code, text) = smtp.command("RCPT TO:<tempfail@x.test>").await;
    assert_eq!(code, 451, "a restarted sink defers again: {text}");
    let (code, text) = smtp.command("RCPT TO:<late@x.test>").await;
    assert_eq!(code, 250, "{text}");
    let (code, text) = smtp
        .data("Subject: After the restart\r\nTo: late@x.test\r\n\r\nStill here.")
        .await;
    assert_eq!(code, 250, "{text}");
    smtp.command("QUIT").await;

    let mails = sink.wait_for(2, Duration::from_secs(10)).await;
    let subjects: Vec<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects, ["Café über München", "After the restart"]);
    assert_eq!(mails[1].to(), "late@x.test");
    assert_eq!(mails[1].text.as_deref(), Some("Still here.\r\n"));
    assert_eq!(mails[1].html, None);
    assert_eq!(sink.messages().len(), 2);
}
