// Above a refused form: what is wrong, each message a link to its field's message, so a long form
// does not leave the member searching. It takes the focus (autofocus, also after an htmx swap), so
// the page scrolls to it and a screen reader reads it.
export const ERROR_SUMMARY_TITLE = '入力内容に誤りがあります。以下の項目をご確認ください。';

/** The forms' hidden ids: their message (the screen has expired) concerns no field to go to. */
const FORM_ID_FIELDS = new Set(['requestId', 'submissionId']);

export function ErrorSummary({ errors, message }: { errors: Record<string, string | undefined>; message?: string | undefined }) {
  const refused = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (!refused.length && !message) return null;
  return (
    <div class="form-error error-summary" role="alert" tabindex={-1} autofocus>
      <p>{message ?? ERROR_SUMMARY_TITLE}</p>
      {refused.length ? (
        <ul>
          {refused.map(([name, text]) => (
            <li>{FORM_ID_FIELDS.has(name) ? text : <a href={`#field-${name}-error`}>{text}</a>}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
