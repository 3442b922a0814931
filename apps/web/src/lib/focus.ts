/** Moves focus to an element by id; the skip link, error summaries and page changes use it. */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

/** Focuses the page's main heading, so a screen reader starts reading the new page. */
export function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}
