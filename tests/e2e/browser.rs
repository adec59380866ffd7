//! A real browser for the tests of the HTML notice: Debian's Chromium,
//! headless, driven through ChromeDriver over the W3C WebDriver protocol,
//! with axe-core (from `scripts/test`'s npm tools) run in the page.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use base64::Engine;
use serde_json::{Value, json};

use crate::support::repo;

/// Where `scripts/test` put the npm tools (axe-core, vnu-jar).
pub fn test_tools() -> PathBuf {
    std::env::var_os("SELOSTE_TEST_TOOLS").map_or_else(|| repo().join(".test-tools"), PathBuf::from)
}

/// A ChromeDriver with one headless Chromium session; both end when it
/// is dropped.
pub struct Browser {
    driver: Child,
    session: String,
    agent: ureq::Agent,
}

impl Browser {
    /// Starts ChromeDriver and a session.
    pub fn start() -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver runs (scripts/test installs chromium-driver)");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        // ChromeDriver takes a moment to listen; a generous guard.
        for _ in 0..600 {
            if agent.get(&format!("{base}/status")).call().is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap().keep();
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                    "--disable-dev-shm-usage",
                    format!("--user-data-dir={}", profile.display()),
                    "--window-size=1280,900",
                ],
            },
        }}});
        let mut browser = Browser {
            driver,
            session: String::new(),
            agent,
        };
        let v = browser.call("POST", &format!("{base}/session"), caps);
        browser.session = format!(
            "{base}/session/{}",
            v["sessionId"]
                .as_str()
                .unwrap_or_else(|| panic!("no session: {v}"))
        );
        browser
    }

    fn call(&self, method: &str, url: &str, body: Value) -> Value {
        let response = if method == "GET" {
            self.agent.get(url).call()
        } else {
            self.agent
                .post(url)
                .header("content-type", "application/json")
                .send(body.to_string())
        };
        let mut response = response.unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        let status = response.status();
        let text = response
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_string()
            .unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert!(status.is_success(), "{method} {url}: {status} {v}");
        v["value"].clone()
    }

    /// Opens a file.
    pub fn open(&mut self, page: &Path) {
        let url = format!("file://{}", page.display());
        self.call(
            "POST",
            &format!("{}/url", self.session),
            json!({ "url": url }),
        );
    }

    /// Opens a web address.
    pub fn go(&mut self, url: &str) {
        self.call(
            "POST",
            &format!("{}/url", self.session),
            json!({ "url": url }),
        );
    }

    /// The WebDriver id of the element `css` finds.
    pub fn find(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            &format!("{}/element", self.session),
            json!({ "using": "css selector", "value": css }),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    /// Types `text` into the element `css` (for a file input: a path).
    pub fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css);
        self.call(
            "POST",
            &format!("{}/element/{el}/value", self.session),
            json!({ "text": text }),
        );
    }

    /// Empties the input `css`.
    pub fn clear(&self, css: &str) {
        let el = self.find(css);
        self.call(
            "POST",
            &format!("{}/element/{el}/clear", self.session),
            serde_json::json!({}),
        );
    }

    /// Presses `keys` (WebDriver key codes, e.g. "\u{E004}" for Tab) on
    /// whatever has the focus.
    pub fn press(&self, keys: &str) {
        let mut actions = Vec::new();
        for k in keys.chars() {
            actions.push(json!({ "type": "keyDown", "value": k.to_string() }));
            actions.push(json!({ "type": "keyUp", "value": k.to_string() }));
        }
        self.call(
            "POST",
            &format!("{}/actions", self.session),
            json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] }),
        );
    }

    /// Waits until `script` (an expression) is truthy in the page, and
    /// gives its value; a generous guard, not a speed test.
    pub fn wait(&self, script: &str) -> Value {
        for _ in 0..1200 {
            let v = self.eval(&format!("return {script};"));
            if !(v.is_null() || v == Value::Bool(false) || v == json!("") || v == json!(0)) {
                return v;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("waited a minute for: {script}");
    }

    /// Runs an asynchronous script (it calls `done(value)`) and gives the
    /// value.
    pub fn eval_async(&self, script: &str) -> Value {
        self.call(
            "POST",
            &format!("{}/execute/async", self.session),
            json!({
                "script": format!("const done = arguments[arguments.length - 1]; {script}"),
                "args": [],
            }),
        )
    }

    /// Runs a script in the page and gives its result.
    pub fn eval(&self, script: &str) -> Value {
        self.call(
            "POST",
            &format!("{}/execute/sync", self.session),
            json!({ "script": script, "args": [] }),
        )
    }

    /// The violations axe-core finds against WCAG 2.2 A and AA.
    pub fn axe(&self) -> Value {
        let axe = std::fs::read_to_string(test_tools().join("node_modules/axe-core/axe.min.js"))
            .expect("axe-core is installed (scripts/test installs it)");
        self.eval(&axe);
        self.call(
            "POST",
            &format!("{}/execute/async", self.session),
            json!({
                "script": "const done = arguments[arguments.length - 1];
                    axe.run(document, { runOnly: { type: 'tag', values:
                        ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                      .then(r => done(r.violations.map(v => ({ id: v.id, help: v.help,
                          nodes: v.nodes.map(n => n.html.slice(0, 200)) }))))
                      .catch(e => done([{ id: 'axe-failed', help: String(e) }]));",
                "args": [],
            }),
        )
    }

    /// Sets the window to `width` × `height` CSS pixels.
    pub fn resize(&self, width: u32, height: u32) {
        self.call(
            "POST",
            &format!("{}/window/rect", self.session),
            json!({ "width": width, "height": height }),
        );
    }

    /// Saves a screenshot of the window as PNG.
    pub fn screenshot(&self, to: &Path) {
        let b64 = self.call("GET", &format!("{}/screenshot", self.session), Value::Null);
        let png = base64::engine::general_purpose::STANDARD
            .decode(b64.as_str().unwrap())
            .unwrap();
        std::fs::write(to, png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.agent.delete(&self.session).call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
