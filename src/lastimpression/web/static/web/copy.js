// The Copy button of a LinkedIn note (web/_message.html): copies the note to the clipboard and
// says so beside the button. Without this script the button stays hidden and the note, in a
// read-only text area, is selected and copied by hand. Loaded with <script src> (the CSP allows
// no inline script); cards swapped in by htmx are handled too (htmx:load).
"use strict";
(() => {
  const reveal = (root) => {
    root.querySelectorAll("button.copy[hidden]").forEach((button) => { button.hidden = false; });
  };

  const say = (button, outcome) => {
    const line = button.closest(".copy-line");
    const words = line.querySelector(outcome === "done" ? ".copy-done" : ".copy-failed");
    line.querySelector(".copy-result").textContent = words.textContent;
  };

  // Where the asynchronous clipboard is missing (a page not served from 127.0.0.1 or HTTPS) or
  // refused, the older command still copies the selection; if that fails too, the note stays
  // selected for Ctrl+C.
  const copySelected = (note) => {
    note.focus();
    note.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  };

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button.copy") : null;
    if (!button) return;
    const note = document.getElementById(button.dataset.copy);
    if (!note) return;
    const fallBack = () => say(button, copySelected(note) ? "done" : "failed");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(note.value).then(() => say(button, "done"), fallBack);
    } else {
      fallBack();
    }
  });

  document.addEventListener("htmx:load", (event) => {
    if (event.target instanceof Element) reveal(event.target);
  });
  reveal(document);
})();
