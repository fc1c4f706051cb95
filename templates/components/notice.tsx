// A message for the whole page: an error above a form, or the outcome of the last action.
export function FormError({ message }: { message: string | undefined }) {
  return message ? <p class="form-error" role="alert">{message}</p> : null;
}

export function Done({ message }: { message: string | undefined }) {
  return message ? <p class="panel done" role="status">{message}</p> : null;
}
