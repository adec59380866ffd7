// The form of the office's page: built from the model's JSON Schema (its
// fields, kinds and lists), the catalogue (the clauses a text field can
// take, with their text in the page's language) and the page's words (a
// label and help per field, the parts in the order the notice prints
// them). It edits a plain object, the model as its author structures it,
// and tells the page after every change; the page turns the object back
// into the model's text. No library.
"use strict";

window.selosteForm = (() => {
  let ctx = null;

  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    e.append(...children.filter((c) => c !== null && c !== undefined));
    return e;
  };

  // Paths: ["controllers", 0, "name"] is "controllers[0].name" (as the
  // findings name a field) and "controllers[].name" as a pattern (as the
  // words and the catalogue name it).
  const pathText = (path) =>
    path.reduce((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${p}` : p), "");
  const pattern = (path) =>
    path.reduce((s, p) => (typeof p === "number" ? `${s}[]` : s ? `${s}.${p}` : p), "");
  const isItem = (path) => typeof path[path.length - 1] === "number";
  const wordsOf = (path) =>
    isItem(path)
      ? {}
      : ctx.words.fields[`field-${pattern(path).replace(/\[\]/g, "").replace(/\./g, "-")}`] || {};
  const label = (path) => {
    // An item of a list: the list's name and the item's number.
    if (isItem(path)) return `${label(path.slice(0, -1))} ${path[path.length - 1] + 1}`;
    const w = wordsOf(path).label;
    if (w) return w;
    const last = path.filter((p) => typeof p === "string").pop() || "";
    return last.charAt(0).toUpperCase() + last.slice(1).replace(/-/g, " ");
  };
  const idOf = (path) => `f-${pathText(path).replace(/[^A-Za-z0-9_-]/g, "_")}`;
  let uid = 0;

  const get = (obj, path) => path.reduce((o, p) => (o === undefined || o === null ? undefined : o[p]), obj);
  function set(path, value) {
    let o = ctx.doc;
    for (let i = 0; i < path.length - 1; i++) {
      const p = path[i];
      if (o[p] === undefined || o[p] === null) o[p] = typeof path[i + 1] === "number" ? [] : {};
      o = o[p];
    }
    const last = path[path.length - 1];
    if (value === undefined) {
      if (Array.isArray(o)) o.splice(last, 1);
      else delete o[last];
    } else {
      o[last] = value;
    }
    ctx.changed();
  }

  // The schema: `$ref`, one-element `allOf` and `anyOf` with null resolve
  // to what the field is; `optional` says null was allowed.
  function resolve(node) {
    let optional = false;
    let name = null;
    for (let i = 0; i < 8; i++) {
      if (node.$ref) {
        name = node.$ref.split("/").pop();
        node = ctx.schema.definitions[name];
      } else if (node.allOf && node.allOf.length === 1) {
        node = node.allOf[0];
      } else if (node.anyOf) {
        const real = node.anyOf.filter((a) => a.type !== "null");
        if (real.length !== node.anyOf.length) optional = true;
        if (real.length === 1) node = real[0];
        else return { node, name, optional };
      } else if (Array.isArray(node.type) && node.type.includes("null")) {
        optional = true;
        node = Object.assign({}, node, { type: node.type.find((t) => t !== "null") });
      } else break;
    }
    return { node, name, optional };
  }

  const namespaceOf = (path) => ctx.namespaces[pattern(path)];

  /// A help as the schema writes it: `code` in backticks shown as code,
  /// *emphasis* without its asterisks.
  function helpText(help, id) {
    const p = el("p", { class: "help", id });
    help.replace(/\*([^*]+)\*/g, "$1").split("`").forEach((piece, i) => {
      p.append(i % 2 ? el("code", { text: piece }) : piece);
    });
    return p;
  }

  /// The field at `path` with its label and help, in `parent`.
  function field(parent, node, path) {
    const r = resolve(node);
    const value = get(ctx.doc, path);
    const id = idOf(path);
    const help = wordsOf(path).help;
    const helpId = help ? `${id}-help` : null;
    const wrap = el("div", { class: "field", "data-path": pathText(path) });
    const describe = (input) => {
      input.id = id;
      if (helpId) input.setAttribute("aria-describedby", helpId);
      return input;
    };
    const helpEl = help ? helpText(help, helpId) : "";

    if (r.name === "LocalName" && (value === undefined || value === null || typeof value === "string")) {
      // A name written once; one written per language is edited as an own text is.
      wrap.append(el("label", { for: id, text: label(path) }), helpEl, string(path, value, describe));
    } else if (r.name === "Text" || r.name === "LocalName") {
      wrap.append(el("span", { class: "label", id: `${id}-label`, text: label(path) }), helpEl);
      wrap.append(textEditor(path, value, `${id}-label`, helpId));
    } else if (r.node.oneOf && r.node.oneOf.every((o) => "const" in o)) {
      const names = (ctx.words.enums && ctx.words.enums[r.name]) || {};
      const select = describe(el("select"));
      select.append(el("option", { value: "", text: "—" }));
      for (const o of r.node.oneOf) {
        select.append(el("option", { value: o.const, text: names[o.const] || `${o.const} (${o.description || ""})` }));
      }
      select.value = value || "";
      select.addEventListener("change", () => set(path, select.value || undefined));
      wrap.append(el("label", { for: id, text: label(path) }), helpEl, select);
    } else if (r.node.type === "boolean") {
      const box = describe(el("input", { type: "checkbox" }));
      box.checked = value === true;
      box.addEventListener("change", () => set(path, box.checked));
      wrap.classList.add("check");
      wrap.append(box, el("label", { for: id, text: label(path) }), helpEl);
    } else if (r.node.type === "integer" || r.node.type === "number") {
      const input = describe(el("input", { type: "number" }));
      input.value = value === undefined || value === null ? "" : value;
      input.addEventListener("change", () =>
        set(path, input.value === "" ? undefined : Number(input.value)),
      );
      wrap.append(el("label", { for: id, text: label(path) }), helpEl, input);
    } else if (r.node.type === "array") {
      list(wrap, r.node, path, value, helpEl);
    } else if (r.node.type === "object" || r.node.anyOf) {
      object(wrap, r, path, value, helpEl);
    } else {
      wrap.append(el("label", { for: id, text: label(path) }), helpEl, string(path, value, describe));
    }
    parent.append(wrap);
  }

  /// A text value: a catalogue clause picked by its text where the field
  /// takes one, else plain text; an email, web address or date by its kind.
  function string(path, value, describe) {
    if (pattern(path) === "document.logo.path") return logoPicker(path, value, describe);
    const ns = namespaceOf(path);
    if (ns && ctx.catalog[ns]) {
      return clausePicker(path, ns, value || "", (key) => set(path, key || undefined), describe);
    }
    const last = String(path[path.length - 1]);
    const type = /email/.test(last) ? "email" : /^(web|policy)$/.test(last) ? "url" : "text";
    const input = describe(el("input", { type, autocomplete: "off", spellcheck: type === "text" ? "true" : "false" }));
    input.value = value === undefined || value === null ? "" : String(value);
    input.addEventListener("input", () => set(path, input.value === "" ? undefined : input.value));
    return input;
  }

  /// The logo: a picture file chosen here is kept with the draft and sent
  /// with every request under the name the model gives it.
  function logoPicker(path, value, describe) {
    const box = el("div", { class: "logo" });
    const input = describe(el("input", { type: "file", accept: ".svg,.png,.jpg,.jpeg,image/svg+xml,image/png,image/jpeg" }));
    const name = el("span", { class: "file-name", text: value || "" });
    input.addEventListener("change", async () => {
      const file = input.files[0];
      if (!file) return;
      const safe = file.name.replace(/[^A-Za-z0-9._-]/g, "_");
      await ctx.addAsset(safe, file);
      name.textContent = safe;
      set(path, safe);
    });
    box.append(input, name);
    return box;
  }

  /// A searchable list of the clauses of `ns`, each shown by its text.
  function clausePicker(path, ns, key, pick, describe) {
    const box = el("div", { class: "picker" });
    const select = describe(el("select"));
    const search = el("input", {
      type: "search",
      "aria-label": ctx.say("page-search"),
      placeholder: ctx.say("page-search"),
      "aria-controls": select.id,
    });
    const fill = (filter) => {
      const f = filter.toLowerCase();
      select.replaceChildren(el("option", { value: "", text: "—" }));
      let found = false;
      for (const c of ctx.catalog[ns]) {
        if (c.key !== key && f && !c.text.toLowerCase().includes(f) && !c.key.includes(f)) continue;
        const text = c.text.length > 140 ? `${c.text.slice(0, 137)}…` : c.text;
        select.append(el("option", { value: c.key, text, title: c.text }));
        if (c.key === key) found = true;
      }
      if (key && !found) select.append(el("option", { value: key, text: key }));
      select.value = key;
    };
    fill("");
    search.addEventListener("input", () => fill(search.value));
    select.addEventListener("change", () => {
      key = select.value;
      pick(key);
    });
    box.append(search, select);
    return box;
  }

  /// An own text, a clause with its values, or a name the same in every
  /// language: the kind chosen, then its inputs.
  function textEditor(path, value, labelId, helpId) {
    const box = el("div", { class: "text", role: "group", "aria-labelledby": labelId });
    const ns = namespaceOf(path);
    const kindOf = (v) =>
      typeof v === "string" ? "clause" : v && "all" in v ? "name" : v && "key" in v ? "clause" : v ? "own" : ns ? "clause" : "own";
    let kind = kindOf(value);
    const kindId = `${idOf(path)}-kind-${++uid}`;
    const kindSelect = el("select", { id: kindId, "aria-label": ctx.say("page-text-kind") });
    for (const k of ns ? ["clause", "own", "name"] : ["own", "name"]) {
      kindSelect.append(el("option", { value: k, text: ctx.say(`page-text-${k}`) }));
    }
    kindSelect.value = kind;
    const body = el("div", { class: "text-body" });
    const draw = () => {
      body.replaceChildren();
      const v = get(ctx.doc, path);
      if (kind === "clause") {
        const key = typeof v === "string" ? v : v && v.key ? v.key : "";
        const describe = (input) => {
          input.id = idOf(path);
          input.setAttribute("aria-labelledby", labelId);
          if (helpId) input.setAttribute("aria-describedby", helpId);
          return input;
        };
        const clauses = (ns && ctx.catalog[ns]) || [];
        const values = el("div", { class: "values" });
        const drawValues = (key) => {
          values.replaceChildren();
          const clause = clauses.find((c) => c.key === key);
          for (const name of (clause && clause.values) || []) {
            const vid = `${idOf(path)}-${name}`;
            const input = el("input", { id: vid, type: "text", inputmode: "decimal" });
            const cur = get(ctx.doc, path);
            input.value = cur && typeof cur === "object" && name in cur ? cur[name] : "";
            input.addEventListener("input", () => {
              const obj = Object.assign({ key }, typeof get(ctx.doc, path) === "object" ? get(ctx.doc, path) : {});
              const n = Number(input.value);
              obj[name] = input.value !== "" && !Number.isNaN(n) ? n : input.value;
              set(path, obj);
            });
            const word = ctx.say(`page-value-${name}`);
            values.append(el("label", { for: vid, text: word.startsWith("page-") ? name : word }), input);
          }
        };
        body.append(
          clausePicker(path, ns, key, (k) => {
            const clause = clauses.find((c) => c.key === k);
            set(path, k ? (clause && clause.values.length ? { key: k } : k) : undefined);
            drawValues(k);
          }, describe),
          values,
        );
        drawValues(key);
      } else if (kind === "name") {
        const input = el("input", { id: idOf(path), type: "text", "aria-labelledby": labelId });
        input.value = v && v.all ? v.all : "";
        input.addEventListener("input", () => set(path, input.value ? { all: input.value } : undefined));
        body.append(input);
      } else {
        const own = v && typeof v === "object" && !("key" in v) && !("all" in v) ? v : {};
        const row = el("div", { class: "langs" });
        for (const lang of ["fi", "sv", "en"]) {
          const tid = `${idOf(path)}-${lang}`;
          const area = el("textarea", { id: lang === "fi" ? idOf(path) : tid, rows: "3", lang });
          area.value = own[lang] || "";
          const missing = !own[lang];
          const note = el("span", { class: "missing", text: missing ? ctx.say("page-missing") : "" });
          area.addEventListener("input", () => {
            const cur = Object.assign({}, typeof get(ctx.doc, path) === "object" ? get(ctx.doc, path) : {});
            delete cur.key;
            delete cur.all;
            if (area.value) cur[lang] = area.value;
            else delete cur[lang];
            note.textContent = area.value ? "" : ctx.say("page-missing");
            set(path, Object.keys(cur).length ? cur : undefined);
          });
          row.append(
            el("div", { class: missing ? "lang missing-lang" : "lang" },
              el("label", { for: area.id, text: ctx.say(`page-lang-${lang}`) }), note, area),
          );
        }
        body.append(row);
      }
    };
    kindSelect.addEventListener("change", () => {
      kind = kindSelect.value;
      set(path, undefined);
      draw();
    });
    box.append(kindSelect, body);
    draw();
    return box;
  }

  /// A list: its items, each removable, and a button to add one.
  function list(wrap, node, path, value, helpEl) {
    const items = Array.isArray(value) ? value : [];
    const headingId = `${idOf(path)}-label`;
    wrap.append(el("span", { class: "label", id: headingId, text: label(path) }), helpEl);
    const ol = el("ol", { class: "items", "aria-labelledby": headingId });
    items.forEach((_, i) => {
      const li = el("li");
      field(li, node.items, [...path, i]);
      const remove = el("button", { type: "button", class: "remove", text: ctx.say("page-remove") });
      remove.setAttribute("aria-label", `${ctx.say("page-remove")}: ${label(path)} ${i + 1}`);
      remove.addEventListener("click", () => {
        set([...path, i], undefined);
        ctx.redraw(pathText(path));
      });
      li.append(remove);
      ol.append(li);
    });
    const add = el("button", { type: "button", class: "add", text: `${ctx.say("page-add")}: ${label(path)}` });
    add.addEventListener("click", () => {
      const item = resolve(node.items);
      const blank = item.node.type === "object" ? {} : "";
      set([...path, items.length], blank);
      ctx.redraw(pathText([...path, items.length]));
    });
    wrap.append(ol, add);
  }

  /// A table of fields; an optional one that is absent is a button that
  /// adds it.
  function object(wrap, r, path, value, helpEl) {
    const fs = el("fieldset", {});
    fs.append(el("legend", { text: label(path) }), helpEl);
    const props = r.node.properties || (r.node.anyOf || []).map(resolve).map((x) => x.node).find((n) => n.properties)?.properties || {};
    const absent = value === undefined || value === null;
    if (absent && path.length && typeof path[path.length - 1] === "string") {
      const add = el("button", { type: "button", class: "add", text: `${ctx.say("page-add")}: ${label(path)}` });
      add.addEventListener("click", () => {
        set(path, {});
        ctx.redraw(pathText(path));
      });
      fs.append(add);
    } else if (typeof value === "string") {
      // A source written as its key alone.
      field(fs, { $ref: "#/definitions/Text" }, path);
    } else {
      for (const [k, v] of Object.entries(props)) field(fs, v, [...path, k]);
      if (r.optional && path.length && typeof path[path.length - 1] === "string") {
        const remove = el("button", { type: "button", class: "remove", text: `${ctx.say("page-remove")}: ${label(path)}` });
        remove.addEventListener("click", () => {
          set(path, undefined);
          ctx.redraw(pathText(path));
        });
        fs.append(remove);
      }
    }
    wrap.append(fs);
  }

  /// Draws the whole form for `doc` into `root`.
  function render(root, options) {
    ctx = options;
    root.replaceChildren();
    for (const part of ctx.words.parts) {
      const section = el("section", { class: "part" });
      const hid = `part-${++uid}`;
      section.setAttribute("aria-labelledby", hid);
      section.append(el("h3", { id: hid, text: part.heading }));
      for (const name of part.fields) {
        if (ctx.schema.properties[name]) field(section, ctx.schema.properties[name], [name]);
      }
      root.append(section);
    }
  }

  /// Shows each finding at its field (or the nearest field that holds
  /// it), announced through the field's description.
  function mark(root, findings) {
    for (const old of root.querySelectorAll(".finding")) old.remove();
    for (const input of root.querySelectorAll("[aria-invalid]")) {
      input.removeAttribute("aria-invalid");
      const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((i) => !i.startsWith("finding-"));
      if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
      else input.removeAttribute("aria-describedby");
    }
    findings.forEach((f, i) => {
      if (!f.path) return;
      let path = f.path;
      let wrap = null;
      while (path && !(wrap = root.querySelector(`[data-path="${CSS.escape(path)}"]`))) {
        path = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
      }
      if (!wrap) return;
      const id = `finding-${i}`;
      const p = el("p", { class: `finding ${f.severity}`, id });
      p.append(el("strong", { text: ctx.say(f.severity === "error" ? "report-error" : "report-warning") }), `: ${f.message}`);
      if (f.help) p.append(el("br"), `${ctx.say("report-help")}: ${f.help}`);
      if (f.article) p.append(el("br"), ctx.article(f.article));
      wrap.append(p);
      const input = wrap.querySelector("input, select, textarea");
      if (input && f.severity === "error") {
        input.setAttribute("aria-invalid", "true");
        const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        input.setAttribute("aria-describedby", [...ids, id].join(" "));
      }
      f.field = input ? input.id : null;
    });
  }

  return { render, mark };
})();
