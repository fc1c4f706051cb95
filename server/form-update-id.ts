// The update id a form's submission gives its workflow. Temporal answers an id it has seen with the
// first outcome, which makes a double submission one step. But a form the browser brings back
// (戻る) still carries the id it was shown with: sent again in a later round, or with other data,
// it must not be answered with that earlier outcome while nothing is applied. So the id names the
// form, the round (how many steps the workflow had recorded) and what was sent.
import { digestOf } from '../domain/digest';

export function formUpdateId(step: string, formId: string, round: number, sent: unknown): string {
  return `${step}-${formId}-${round}-${digestOf(sent)}`;
}
