// A labelled input with its manual marks (必須, 半角/全角), hint and error beside it.
export interface FieldProps {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'password';
  required?: boolean;
  /** 半角 or 全角, as the manual marks the field. */
  width?: '半角' | '全角';
  hint?: string;
  autocomplete?: string;
  maxlength?: number;
  /** Where the cursor starts on a page that opens without a message to read first. */
  autofocus?: boolean;
}

export function Field(props: FieldProps) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <div class="label-cell">
        {/* The label carries exactly the manual's wording; the marks sit beside it. */}
        <label for={id}>{props.label}</label>
        {props.required ? <span class="mark required">必須</span> : null}
        {props.width ? <span class="mark">{props.width}</span> : null}
      </div>
      <div class="control">
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          required={props.required}
          autocomplete={props.autocomplete}
          maxlength={props.maxlength}
          autofocus={props.autofocus}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
        />
        {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
        {props.error ? <p class="error" id={`${id}-error`} role="alert">{props.error}</p> : null}
      </div>
    </div>
  );
}
