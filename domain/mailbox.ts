// The mailbox an address reaches, for limits on mail anyone can ask for: letters compared in lower
// case, and a sub-address (taro+1@example.jp, taro+2@…) counted as the mailbox it lands in.
export function mailboxOf(address: string): string {
  return address.toLowerCase().replace(/\+[^@]*@/, '@');
}

/** mailboxOf in SQL, on a table's `email` column (the index of migration 0015 is on this expression). */
export const MAILBOX_SQL = "regexp_replace(lower(email), '\\+[^@]*@', '@')";
