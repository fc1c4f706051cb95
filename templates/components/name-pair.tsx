// A name in two inputs as the manual draws it: 代表者名 姓 [ ] 名 [ ], 氏名カナ セイ [ ] メイ [ ].
export interface NamePairProps {
  legend: string;
  parts: [NamePart, NamePart];
  required?: boolean;
  width?: '半角' | '全角';
  maxlength?: number;
}

export interface NamePart {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
}

export function NamePair(props: NamePairProps) {
  const errors = props.parts.filter((part) => part.error);
  // The group is named by the manual's wording alone; 必須 is carried by each input's `required`.
  const legendId = `legend-${props.parts[0].name}`;
  return (
    <fieldset class={errors.length ? 'field has-error' : 'field'} aria-labelledby={legendId}>
      <legend class="label-cell">
        <span id={legendId}>{props.legend}</span>
        {props.required ? <span class="mark required">必須</span> : null}
        {props.width ? <span class="mark">{props.width}</span> : null}
      </legend>
      <div class="control name-pair">
        {props.parts.map((part) => {
          const id = `field-${part.name}`;
          return (
            <span class="name-part">
              <label for={id}>{part.label}</label>
              <input
                id={id}
                name={part.name}
                type="text"
                value={part.value ?? ''}
                required={props.required}
                maxlength={props.maxlength}
                aria-invalid={part.error ? 'true' : undefined}
                aria-describedby={part.error ? `${id}-error` : undefined}
              />
            </span>
          );
        })}
        {errors.map((part) => (
          <p class="error" id={`field-${part.name}-error`} role="alert">{part.error}</p>
        ))}
      </div>
    </fieldset>
  );
}
