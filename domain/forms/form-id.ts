// The id a form is shown with (a UUID made by the server): a double submission carries the same
// id, so it makes one application, request or mail. Missing or malformed, the page has expired.
import { z } from 'zod';

/** `next` tells the user how to start again. */
export function formIdField(next = 'もう一度入力してください。') {
  return z.uuid({ error: `画面の有効期限が切れました。${next}` });
}

/**
 * The id of a staff form: sent twice with the same data, it is one step (the first outcome
 * answers both). Missing or malformed it is ignored, which only loses that recognition.
 */
export const optionalFormIdField = z
  .string()
  .optional()
  .transform((value) => (value && z.uuid().safeParse(value).success ? value : null));

/** The id of a 会員 request form (変更, 承継, 脱退): the user presses `button` again. */
export function requestIdField(button: string) {
  return formIdField(`お手数ですが、もう一度「${button}」ボタンをクリックしてください。`);
}
