// A message for the whole page: an error above a form, or the outcome of the last action.
export function FormError({ message }: { message: string | undefined }) {
  return message ? <p class="form-error" role="alert">{message}</p> : null;
}

/**
 * The outcome takes the focus as ErrorSummary does (autofocus, also after an htmx swap), so a screen
 * reader reads it instead of the focus falling to the page's body.
 */
export function Done({ message }: { message: string | undefined }) {
  return message ? <p class="panel done" role="status" tabindex={-1} autofocus>{message}</p> : null;
}
