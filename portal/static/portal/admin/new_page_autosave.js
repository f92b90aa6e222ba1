/*
 * Wagtail autosaves a new page as soon as anything changes, but cannot create it before it has
 * a title and a slug (the slug follows the title once the editor leaves the title field).
 * Until then every attempt is refused with a validation error (a 400 per pause in typing).
 * Hold those attempts back: the next change after both are filled in is autosaved as usual.
 */
document.addEventListener(
    'w-autosave:save',
    (event) => {
        const form = event.target;
        // A page that exists already carries the revision it was loaded from.
        if (!(form instanceof HTMLFormElement) || form.querySelector('[name="loaded_revision_id"]')) {
            return;
        }
        const filled = (name) => Boolean(form.elements.namedItem(name)?.value?.trim());
        if (filled('title') && filled('slug')) {
            return;
        }
        event.preventDefault(); // Wagtail's autosave sends nothing for a cancelled save
        event.stopImmediatePropagation(); // and its indicator does not show "Saving…"
    },
    { capture: true },
);
