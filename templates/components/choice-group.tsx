// Check boxes under one caption (事業者種別, 担当業務) and single consent boxes, with the error
// beside them. A fieldset's legend names the group; each box has its own label.
export interface ChoiceGroupProps {
  name: string;
  legend: string;
  /** Options, optionally in named sub-groups (事業者種別's three groups). */
  groups: { caption?: string; options: readonly string[] }[];
  checked: readonly string[];
  error?: string | undefined;
  required?: boolean;
}

export function ChoiceGroup(props: ChoiceGroupProps) {
  const id = `field-${props.name}`;
  return (
    <fieldset class={props.error ? 'field choice-group has-error' : 'field choice-group'} aria-labelledby={`${id}-legend`} aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend class="label-cell">
        <span id={`${id}-legend`}>{props.legend}</span>
        {props.required ? <span class="mark required">必須</span> : null}
      </legend>
      <div class="control">
        {props.groups.map((group) => (
          <div class="choice-row">
            {group.caption ? <span class="choice-caption">{group.caption}</span> : null}
            {group.options.map((option) => (
              <label class="choice">
                <input type="checkbox" name={props.name} value={option} checked={props.checked.includes(option)} />
                {option}
              </label>
            ))}
          </div>
        ))}
        {props.error ? <p class="error" id={`${id}-error`} role="alert">{props.error}</p> : null}
      </div>
    </fieldset>
  );
}

export interface ConsentProps {
  name: string;
  label: string;
  checked: boolean;
  error?: string | undefined;
}

/** One required agreement (定款, システム利用規約 …). */
export function Consent(props: ConsentProps) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'consent has-error' : 'consent'}>
      <label for={id}>
        <input id={id} type="checkbox" name={props.name} value="yes" checked={props.checked} aria-describedby={props.error ? `${id}-error` : undefined} />
        {props.label}
      </label>
      {props.error ? <p class="error" id={`${id}-error`} role="alert">{props.error}</p> : null}
    </div>
  );
}
