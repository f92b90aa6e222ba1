// wagtail-localize 1.14's translation editor writes two phrases in English without gettext:
// its heading ("Polski to Deutsch translation") and the label of its actions menu. This puts
// them through the admin's catalogue (window.django, from wagtail-localize's jsi18n view),
// whenever the editor's React app (re)renders them. Scripts come before the page's content in
// the admin's layout, so this waits for the document.
document.addEventListener("DOMContentLoaded", () => {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor || !window.django) return;
  const { gettext, interpolate } = window.django;
  const heading = /^(.+) to (.+) translation$/;

  const translated = (text) => {
    const match = heading.exec(text);
    if (match) {
      return interpolate(gettext("%(source)s to %(target)s translation"), { source: match[1], target: match[2] }, true);
    }
    return text === "More actions" ? gettext("More actions") : text;
  };
  // Only a text that changes is written: writing one back unchanged (an English editor) would
  // be observed as a new change, and the observer would never stop.
  const translate = (node) => {
    const text = translated(node.nodeValue);
    if (text !== node.nodeValue) node.nodeValue = text;
  };
  const translateAll = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) translate(walker.currentNode);
  };

  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === "characterData") translate(change.target);
      change.addedNodes.forEach((node) => (node.nodeType === Node.TEXT_NODE ? translate(node) : translateAll(node)));
    }
  }).observe(editor, { childList: true, subtree: true, characterData: true });
  translateAll(editor);
});
