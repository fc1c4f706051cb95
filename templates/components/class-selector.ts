// The CSS selector of an element by the classes it is rendered with, so a selector that points at
// a form (htmx's showTarget) follows its class attribute instead of repeating it.
export function classSelector(classes: string): string {
  return `.${classes.trim().split(/\s+/).join('.')}`;
}
