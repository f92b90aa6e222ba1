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

  const translate = (node) => {
    const text = node.nodeValue;
    const match = heading.exec(text);
    if (match) {
      node.nodeValue = interpolate(gettext("%(source)s to %(target)s translation"), { source: match[1], target: match[2] }, true);
    } else if (text === "More actions") {
      node.nodeValue = gettext("More actions");
    }
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
