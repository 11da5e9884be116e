// The query page of `govkg serve`: lists the named queries, runs a query with fetch
// against /sparql and shows the rows as a table. No external asset; text only
// (textContent), so a label in the graph can never become markup.
"use strict";

const $ = (id) => document.getElementById(id);

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function cellText(term) {
  return term ? term.value : "";
}

function cellTitle(term) {
  if (!term) return "unbound";
  if (term["xml:lang"]) return "literal @" + term["xml:lang"];
  if (term.datatype) return "literal ^^" + term.datatype;
  return term.type;
}

function showTable(columns, rows) {
  const head = $("results").tHead;
  const body = $("results").tBodies[0];
  head.replaceChildren();
  body.replaceChildren();
  $("graph-results").hidden = true;
  const headRow = head.insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.textContent = column;
    headRow.appendChild(th);
  }
  for (const row of rows) {
    const tr = body.insertRow();
    for (const column of columns) {
      const cell = tr.insertCell();
      cell.textContent = cellText(row[column]);
      cell.title = cellTitle(row[column]);
    }
  }
}

function showGraph(text) {
  $("results").tHead.replaceChildren();
  $("results").tBodies[0].replaceChildren();
  const pre = $("graph-results");
  pre.textContent = text;
  pre.hidden = false;
}

async function runQuery() {
  const query = $("query").value;
  setStatus("running…", false);
  const started = performance.now();
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: new URLSearchParams({ query }),
    });
  } catch (error) {
    setStatus("the endpoint did not answer: " + error, true);
    return;
  }
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  if (!response.ok) {
    setStatus(response.status + ": " + text.trim(), true);
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  if (type.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    if ("boolean" in data) {
      showTable(["ask"], [{ ask: { type: "literal", value: String(data.boolean) } }]);
      setStatus(String(data.boolean) + " (" + ms + " ms)", false);
      return;
    }
    const rows = data.results.bindings;
    showTable(data.head.vars, rows);
    setStatus(rows.length + " row" + (rows.length === 1 ? "" : "s") + " (" + ms + " ms)", false);
  } else {
    showGraph(text);
    setStatus("graph (" + ms + " ms)", false);
  }
}

async function loadExamples() {
  const list = $("examples");
  try {
    const response = await fetch("/queries");
    const queries = await response.json();
    for (const named of queries) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = named.name;
      button.title = named.title;
      button.dataset.name = named.name;
      button.addEventListener("click", () => {
        $("query").value = named.query;
        runQuery();
      });
      item.appendChild(button);
      list.appendChild(item);
    }
  } catch (error) {
    setStatus("could not list the named queries: " + error, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("run").addEventListener("click", runQuery);
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runQuery();
  });
  loadExamples();
});
