// 日時 in mails, to the minute, in Japan time whatever the server's zone (2027/02/26 09:00).
const formatter = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

export function formatMailDateTime(value: Date): string {
  return formatter.format(value);
}
