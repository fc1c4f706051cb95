// 日時 as the manual shows them (2016/09/08 13:22:00), in Japan time whatever the server's zone.
const formatter = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

export function formatDateTime(value: Date): string {
  return formatter.format(value);
}

const dateFormatter = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day alone (2016/09/08), where a list has no room for the time. */
export function formatDate(value: Date): string {
  return dateFormatter.format(value);
}
