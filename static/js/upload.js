/* Upload page: each chosen or dropped PDF goes to POST /api/records/ with live progress,
   then GET /api/records/{id}/ is polled until it is read (done) or failed.
   Without JavaScript the form posts as a plain multipart form. */
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var input = document.getElementById("id_files");
  var zone = document.getElementById("dropzone");
  var panel = document.getElementById("upload-progress");
  var list = document.getElementById("upload-list");
  var announcer = document.getElementById("upload-announce");
  var submit = document.getElementById("upload-submit");
  var api = form.getAttribute("data-api");
  var recordsUrl = form.getAttribute("data-records");
  var maxFiles = parseInt(form.getAttribute("data-max-files"), 10) || 10;
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var POLL_MS = 1500;
  var POLL_LIMIT = 400; // about ten minutes, then we ask the patient to check later

  document.documentElement.classList.add("js");
  submit.hidden = true;
  input.required = false;

  var WORDS = {
    uploading: "Uploading",
    queued: "Waiting to be read",
    processing: "Being read now",
    done: "Read",
    failed: "Could not be read"
  };

  function announce(text) {
    // Re-setting the same text would not be announced again; clear first.
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text) { node.textContent = text; }
    return node;
  }

  function addRow(file) {
    var li = el("li", "upload-item card");
    var name = el("p", "upload-name filename", file.name);
    var progress = el("progress", "upload-bar");
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute("aria-label", "Upload progress for " + file.name);
    var state = el("p", "upload-state");
    var badge = el("span", "badge muted", WORDS.uploading);
    var detail = el("span", "upload-detail", "");
    state.appendChild(badge);
    state.appendChild(document.createTextNode(" "));
    state.appendChild(detail);
    li.appendChild(name);
    li.appendChild(progress);
    li.appendChild(state);
    list.appendChild(li);
    return { li: li, name: file.name, progress: progress, badge: badge, detail: detail, last: "" };
  }

  function setState(row, status, detail) {
    var cls = { done: "ok", failed: "err", processing: "warn" }[status] || "muted";
    row.badge.className = "badge " + cls;
    row.badge.textContent = WORDS[status] || status;
    row.detail.textContent = detail || "";
    row.li.setAttribute("data-status", status);
    if (status !== row.last && status !== "uploading") {
      announce(row.name + ": " + (WORDS[status] || status) + (detail ? ". " + detail : ""));
    }
    row.last = status;
  }

  function addLink(row, id, text) {
    if (row.link) { row.link.textContent = text; return; }
    var p = el("p", "upload-link");
    var a = el("a", "", text);
    a.href = recordsUrl + id + "/";
    p.appendChild(a);
    row.li.appendChild(p);
    row.link = a;
  }

  function poll(row, id, count) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", api + id + "/");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.onload = function () {
      if (xhr.status !== 200) {
        setState(row, "failed", "We could not check this upload. Look for it on My records.");
        return;
      }
      var data = JSON.parse(xhr.responseText);
      if (data.status === "done") {
        var n = (data.findings || []).length;
        setState(row, "done", n ? n + " finding" + (n === 1 ? "" : "s") + " found." : "No lung-cancer findings found.");
        addLink(row, id, "See what we read in " + row.name);
      } else if (data.status === "failed") {
        setState(row, "failed", data.error || "");
        addLink(row, id, "Open " + row.name);
      } else {
        setState(row, data.status, "");
        if (count < POLL_LIMIT) {
          window.setTimeout(function () { poll(row, id, count + 1); }, POLL_MS);
        } else {
          row.detail.textContent = "This is taking long. It will appear on My records when it is read.";
        }
      }
    };
    xhr.onerror = function () {
      if (count < POLL_LIMIT) {
        window.setTimeout(function () { poll(row, id, count + 1); }, POLL_MS * 2);
      }
    };
    xhr.send();
  }

  function upload(file) {
    var row = addRow(file);
    var body = new FormData();
    body.append("file", file);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", api);
    xhr.setRequestHeader("X-CSRFToken", token);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { row.progress.value = Math.round((e.loaded / e.total) * 100); }
    };
    xhr.onload = function () {
      row.progress.value = 100;
      var data = {};
      try { data = JSON.parse(xhr.responseText); } catch (err) { data = {}; }
      if (xhr.status === 201 || xhr.status === 200) {
        if (xhr.status === 200) { row.detail.textContent = "You had already uploaded this file."; }
        addLink(row, data.id, "Open " + row.name);
        setState(row, data.status || "queued", xhr.status === 200 ? "You had already uploaded this file." : "");
        poll(row, data.id, 0);
      } else if (xhr.status === 403) {
        setState(row, "failed", "Your session has ended. Sign in again, then upload this file again.");
      } else {
        setState(row, "failed", data.detail || "The upload did not work. Please try again.");
      }
    };
    xhr.onerror = function () {
      setState(row, "failed", "The connection was lost during the upload. Please try again.");
    };
    announce(file.name + ": uploading");
    xhr.send(body);
  }

  function start(files) {
    if (!files || !files.length) { return; }
    panel.hidden = false;
    var chosen = Array.prototype.slice.call(files, 0, maxFiles);
    if (files.length > maxFiles) {
      announce("Only the first " + maxFiles + " files are uploaded. Add the others afterwards.");
    }
    chosen.forEach(upload);
    input.value = "";
  }

  input.addEventListener("change", function () { start(input.files); });
  form.addEventListener("submit", function (e) { e.preventDefault(); start(input.files); });
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("dragging"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files) { start(e.dataTransfer.files); }
  });
}());
