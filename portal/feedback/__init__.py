"""“Was this page useful?”: a yes/no answer and an optional comment under every public page.

The form works without JavaScript and without cookies, and the page around it stays in the
whole-page cache (portal.feedback.tokens says how). "Yes" is a submit button; "No" is a
<details> element whose summary opens the comment box and its own submit button, so a reader
without scripts gets the same two steps in one request, and a "no" without a comment is one
click more, not a second page. Answers name the page, its language,
yes or no, the comment and the time: never an address or a browser. Editors-in-chief read
them in the admin's reports (portal.feedback.admin), and they are deleted after twelve
months by the scheduler (portal.feedback.retention).
"""
