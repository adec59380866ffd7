// The office's page of seloste: start or open a notice model, check it as
// it is written, preview it, download it. No library and no build step: the
// page calls the service's own API (/v1/...), as any program does, and keeps
// the draft in this browser's localStorage. Nothing runs inline (the page's
// Content-Security-Policy forbids it); the words come from the page as data.
"use strict";

(() => {
  const words = JSON.parse(document.getElementById("words").textContent);
  const formWords = JSON.parse(document.getElementById("form-words").textContent);
  const lang = document.documentElement.lang;
  const $ = (id) => document.getElementById(id);
  const model = $("model");
  const DRAFT = "seloste-draft";
  const TOKEN = "seloste-token";

  // What the tests and a curious reader can see: violations of the
  // Content-Security-Policy, and how many checks and previews were done.
  const state = {
    violations: [],
    checks: 0,
    previews: 0,
    forms: 0,
    errors: null,
    busy: 0,
    download: null,
    // Milliseconds from a change of the form being written back into the
    // model (after the typing pause) to its preview shown, one per edit
    // (scripts/bench-page reads them).
    latencies: [],
    editAt: null,
  };
  window.seloste = state;
  document.addEventListener("securitypolicyviolation", (e) => {
    state.violations.push(e.violatedDirective + " " + e.blockedURI);
  });

  const say = (id, values = {}) =>
    (words[id] || id).replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  const counted = (name, n) =>
    say(`${name}-${new Intl.PluralRules(lang).select(n) === "one" ? "one" : "other"}`, { n });
  const status = (id, text) => {
    $(id).textContent = text;
  };

  // The service's access key, kept for this window only.
  const token = () => sessionStorage.getItem(TOKEN) || "";
  const tokenForm = $("token-form");
  if (tokenForm) {
    $("token").value = token();
    tokenForm.addEventListener("submit", (e) => {
      e.preventDefault();
      sessionStorage.setItem(TOKEN, $("token").value.trim());
      status("token-status", say("page-token-saved"));
      check();
    });
  }

  /// A request to the service, in the page's language, with the key.
  async function api(path, options = {}) {
    const headers = Object.assign({ "Accept-Language": lang }, options.headers || {});
    if (token()) headers.Authorization = `Bearer ${token()}`;
    state.busy++;
    try {
      const response = await fetch(path, Object.assign({}, options, { headers }));
      if (response.status === 401 && tokenForm) {
        status("token-status", say("page-token-needed"));
        $("token").focus();
      }
      return response;
    } finally {
      state.busy--;
    }
  }

  /// The model's format, by its first character.
  const format = (text) => (text.trimStart().startsWith("{") ? "json" : "toml");
  const mediaType = (text) => `application/${format(text)}`;

  // The notice's name, from the file it was opened from ("iljoja.fi.pdf"
  // is "iljoja"): the downloads are named after it, as the command line
  // names them.
  let stem = "notice";
  // The files the model names (its logo), as the office chose them: name →
  // { type, data (base64) }; kept with the draft, sent with each request.
  let assets = {};
  const stemOf = (file) =>
    file.replace(/\.(toml|json|pdf)$/i, "").replace(/\.(fi|sv|en)(\+(fi|sv|en))?$/, "") || "notice";

  // The draft: kept on every change, restored on load.
  function keep() {
    localStorage.setItem(
      DRAFT,
      JSON.stringify({ text: model.value, layout: $("layout").value, stem, assets }),
    );
  }
  function restore() {
    try {
      const draft = JSON.parse(localStorage.getItem(DRAFT) || "null");
      if (draft) {
        model.value = draft.text || "";
        if (draft.layout) $("layout").value = draft.layout;
        if (draft.stem) stem = draft.stem;
        if (draft.assets) assets = draft.assets;
      }
    } catch (_) {
      localStorage.removeItem(DRAFT);
    }
  }

  /// Puts `text` (the model of the file `name`) in the editor, unless the
  /// person keeps what is there.
  function load(text, name) {
    if (model.value.trim() && model.value !== text && !window.confirm(say("page-confirm-replace"))) {
      return;
    }
    model.value = text;
    stem = stemOf(name);
    assets = {};
    keep();
    status("start-status", say("page-loaded"));
    check();
    syncForm();
  }

  async function loadFrom(path, name, options) {
    status("start-status", say("page-loading"));
    const response = await api(path, options);
    if (!response.ok) {
      status("start-status", await problem(response));
      return;
    }
    load(await response.text(), name);
  }

  /// What a failed answer says, for a person.
  async function problem(response) {
    try {
      const p = await response.json();
      return p.detail || p.title || String(response.status);
    } catch (_) {
      return say("page-failed", { why: response.status });
    }
  }

  $("new").addEventListener("click", () => loadFrom(`/v1/starter?lang=${lang}`, "notice"));
  $("open-example").addEventListener("click", () => {
    const name = $("example").value;
    loadFrom(`/v1/examples/${encodeURIComponent(name)}`, name);
  });
  $("file").addEventListener("change", async () => {
    const file = $("file").files[0];
    if (!file) return;
    if (file.type === "application/pdf" || /\.pdf$/i.test(file.name)) {
      await loadFrom("/v1/extract", file.name, {
        method: "POST",
        headers: { "Content-Type": "application/pdf" },
        body: file,
      });
    } else {
      load(await file.text(), file.name);
    }
    $("file").value = "";
  });
  $("clear").addEventListener("click", () => {
    if (model.value.trim() && !window.confirm(say("page-confirm-replace"))) return;
    localStorage.removeItem(DRAFT);
    model.value = "";
    assets = {};
    doc = null;
    lastFindings = [];
    $("form").replaceChildren();
    $("findings").replaceChildren();
    status("summary", "");
    $("preview").removeAttribute("srcdoc");
    state.errors = null;
    status("start-status", say("page-cleared"));
  });

  // Checked as it is written: a pause in typing sends the model to the
  // check; only the newest answer is shown.
  let timer = null;
  let asked = 0;
  model.addEventListener("input", () => {
    keep();
    clearTimeout(timer);
    timer = setTimeout(() => {
      check();
      syncForm();
    }, 400);
  });

  // The form: built from the schema and the catalogue (fetched once, with
  // the key), drawn from the model's text, and written back into it.
  let schema = null;
  let catalog = null;
  let namespaces = null;
  let doc = null;
  let lastFindings = [];
  async function ingredients() {
    if (schema) return true;
    const [s, c] = await Promise.all([api("/v1/schema"), api(`/v1/catalog?lang=${lang}`)]);
    if (!s.ok || !c.ok) return false;
    schema = await s.json();
    const sections = (await c.json()).sections;
    catalog = {};
    namespaces = {};
    for (const section of sections) {
      catalog[section.name] = section.clauses;
      for (const f of section.fields.replace(/\(.*\)/, "").split(",")) {
        namespaces[f.trim()] = section.name;
      }
    }
    return true;
  }

  /// The model's text as the form's object, and the form drawn for it.
  let synced = 0;
  async function syncForm(focus) {
    const text = model.value;
    if (!text.trim() || !(await ingredients())) return;
    const mine = ++synced;
    const response = await api("/v1/model?format=json", {
      method: "POST",
      headers: { "Content-Type": mediaType(text) },
      body: text,
    });
    if (mine !== synced || !response.ok) return;
    doc = await response.json();
    drawForm(focus);
  }

  function drawForm(focus) {
    window.selosteForm.render($("form"), {
      doc,
      schema,
      catalog,
      namespaces,
      words: formWords,
      say,
      changed: formChanged,
      redraw: drawForm,
      article: (a) => (words.articles && words.articles[a]) || a,
      addAsset: async (name, file) => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        let binary = "";
        for (let i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        assets[name] = { type: file.type || "application/octet-stream", data: btoa(binary) };
        keep();
      },
    });
    window.selosteForm.mark($("form"), lastFindings);
    state.forms++;
    if (typeof focus === "string") {
      const wrap = $("form").querySelector(`[data-path="${CSS.escape(focus)}"]`);
      const target = wrap && wrap.querySelector("input, select, textarea, button");
      if (target) target.focus();
    }
  }

  /// A change in the form: the model's text written again from the form's
  /// object (as TOML through the service, or as JSON here), then checked.
  let writing = null;
  function formChanged() {
    clearTimeout(writing);
    writing = setTimeout(async () => {
      state.editAt = performance.now();
      const asJson = format(model.value) === "json";
      let text;
      if (asJson) {
        text = `${JSON.stringify(doc, null, 2)}\n`;
      } else {
        const response = await api("/v1/model?format=toml", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(doc),
        });
        if (!response.ok) return;
        text = await response.text();
      }
      model.value = text;
      keep();
      check();
    }, 300);
  }
  $("layout").addEventListener("change", () => {
    keep();
    preview();
  });

  /// The model, with the files it names, as a form; the documents take the
  /// notice's name from the model part's file name.
  function modelForm() {
    const text = model.value;
    const form = new FormData();
    form.append("model", new Blob([text], { type: mediaType(text) }), `${stem}.${format(text)}`);
    for (const [name, file] of Object.entries(assets)) {
      const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
      form.append(name, new Blob([bytes], { type: file.type }), name);
    }
    return form;
  }

  async function check() {
    const text = model.value;
    if (!text.trim()) return;
    const mine = ++asked;
    status("summary", say("page-checking"));
    const response = await api("/v1/check", { method: "POST", body: modelForm() });
    if (mine !== asked) return;
    if (!response.ok) {
      status("summary", await problem(response));
      return;
    }
    const report = await response.json();
    const findings = (report.models && report.models[0] && report.models[0].findings) || [];
    lastFindings = findings;
    if (doc) window.selosteForm.mark($("form"), findings);
    show(findings);
    state.checks++;
    preview();
  }

  /// The findings, each with its place in the model, the article and the
  /// help; the summary says how many, and is announced.
  function show(findings) {
    const list = $("findings");
    list.replaceChildren();
    let errors = 0;
    let warnings = 0;
    for (const f of findings) {
      const error = f.severity === "error";
      if (error) errors++;
      else warnings++;
      const item = document.createElement("li");
      item.className = error ? "error" : "warning";
      const head = document.createElement("p");
      const kind = document.createElement("strong");
      kind.textContent = say(error ? "report-error" : "report-warning");
      head.append(kind, ` [${f.rule}] `);
      if (f.path) {
        const path = document.createElement("code");
        path.textContent = f.path;
        head.append(path, ": ");
      }
      head.append(f.message);
      item.append(head);
      if (f.help) {
        const help = document.createElement("p");
        help.textContent = `${say("report-help")}: ${f.help}`;
        item.append(help);
      }
      if (f.article) {
        const article = document.createElement("p");
        article.className = "article";
        article.textContent = (words.articles && words.articles[f.article]) || f.article;
        item.append(article);
      }
      if (f.field) {
        const to = document.createElement("button");
        to.type = "button";
        to.textContent = say("page-go-to-field");
        const target = f.field;
        to.addEventListener("click", () => {
          const input = document.getElementById(target);
          if (input) input.focus();
        });
        item.append(to);
      }
      if (f.location) {
        const go = document.createElement("button");
        go.type = "button";
        go.textContent = say("page-line", { line: f.location.line });
        go.addEventListener("click", () => goTo(f.location.line, f.location.column));
        item.append(go);
      }
      list.append(item);
    }
    state.errors = errors;
    const parts = [];
    if (errors) parts.push(counted("errors", errors));
    if (warnings) parts.push(counted("warnings", warnings));
    if (parts.length) {
      // The summary leads to the findings.
      const to = document.createElement("a");
      to.href = "#findings";
      to.textContent = parts.join(", ");
      $("summary").replaceChildren(to);
    } else {
      status("summary", say("page-passes"));
    }
    model.setAttribute("aria-invalid", errors ? "true" : "false");
  }

  /// Moves the caret to `line`:`column` of the model and focuses it.
  function goTo(line, column) {
    const lines = model.value.split("\n");
    let at = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
    at += Math.max(0, (column || 1) - 1);
    $("as-text").open = true;
    model.focus();
    model.setSelectionRange(at, at);
    const height = model.scrollHeight / Math.max(1, lines.length);
    model.scrollTop = Math.max(0, (line - 3) * height);
  }

  // The preview: the notice as the web page the service makes, in a frame
  // that runs no script.
  let shown = 0;
  async function preview() {
    const text = model.value;
    if (!text.trim()) return;
    if (state.errors) {
      // The last good preview stays, dimmed, until the errors are mended.
      $("preview").classList.add("stale");
      status("preview-status", say("page-cannot-preview"));
      return;
    }
    $("preview").classList.remove("stale");
    const mine = ++shown;
    status("preview-status", say("page-previewing"));
    const response = await render("html", $("layout").value);
    if (mine !== shown) return;
    if (!response.ok) {
      status("preview-status", await problem(response));
      return;
    }
    const frame = $("preview");
    const edited = state.editAt;
    frame.addEventListener(
      "load",
      () => {
        if (edited !== null) state.latencies.push(performance.now() - edited);
        state.previews++;
      },
      { once: true },
    );
    if (edited !== null) state.editAt = null;
    frame.srcdoc = await response.text();
    status("preview-status", "");
  }

  /// The model rendered as `kind` in `layout` (every layout, as a ZIP,
  /// for none), sent as a form so that the documents take the notice's
  /// name.
  function render(kind, layout) {
    const text = model.value;
    const query = [`format=${kind}`];
    if (layout) query.push(`lang=${encodeURIComponent(layout)}`);
    const accept = layout ? (kind === "pdf" ? "application/pdf" : "text/html") : "application/zip";
    return api(`/v1/render?${query.join("&")}`, {
      method: "POST",
      headers: { Accept: accept },
      body: modelForm(),
    });
  }

  /// The file name the service gives, or `fallback`.
  function fileName(response, fallback) {
    const cd = response.headers.get("Content-Disposition") || "";
    const m = /filename="([^"]+)"/.exec(cd);
    return m ? m[1] : fallback;
  }

  function save(blob, name) {
    state.download = { name, blob };
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status("download-status", say("page-downloaded", { file: name }));
  }

  /// Downloads the notice as `kind` in `layout`, unless errors stand.
  async function download(kind, layout, fallback) {
    if (state.errors !== 0) {
      status("download-status", say("page-blocked"));
      return null;
    }
    status("download-status", say("page-downloading"));
    const response = await render(kind, layout);
    if (!response.ok) {
      status("download-status", await problem(response));
      return null;
    }
    const blob = await response.blob();
    save(blob, fileName(response, fallback));
    return blob;
  }

  const layout = () => $("layout").value;
  $("download-pdf").addEventListener("click", () =>
    download("pdf", layout(), `${stem}.${layout()}.pdf`),
  );
  $("download-zip").addEventListener("click", () => download("pdf", null, `${stem}.zip`));
  $("download-html").addEventListener("click", () =>
    download("html", layout(), `${stem}.${layout()}.html`),
  );
  $("download-model-file").addEventListener("click", () => {
    const text = model.value;
    save(new Blob([text], { type: mediaType(text) }), `${stem}.${format(text)}`);
  });
  $("download-print").addEventListener("click", async () => {
    if (state.errors !== 0) {
      status("download-status", say("page-blocked"));
      return;
    }
    const response = await render("pdf", layout());
    if (!response.ok) {
      status("download-status", await problem(response));
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    window.open(url, "_blank", "noopener");
  });

  restore();
  if (model.value.trim()) {
    check();
    syncForm();
  }
})();
