// Wagtail 8.0.1's dashboard writes its search button (read out by screen readers) as
// value="Search", without gettext; the admin's catalogue has the word in every language.
document.addEventListener("DOMContentLoaded", () => {
  if (!window.django) return;
  for (const button of document.querySelectorAll('form[role=search] input[type=submit][value="Search"]')) {
    button.value = window.django.gettext("Search");
  }
});
