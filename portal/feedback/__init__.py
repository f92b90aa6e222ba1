"""“Was this page useful?”: a yes/no answer and an optional comment under every public page.

The form works without JavaScript and without cookies, and the page around it stays in the
whole-page cache (portal.feedback.tokens says how). Answers name the page, its language,
yes or no, the comment and the time: never an address or a browser. Editors-in-chief read
them in the admin's reports (portal.feedback.admin), and they are deleted after twelve
months by the scheduler (portal.feedback.retention).
"""
