// The staff digest: what has waited for OCCTO's decision longer than the configured age.
export interface DigestItem {
  label: string;
  companyName: string;
  status: string;
  since: Date;
  url: string;
}

const formatter = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

export function staffDigestMail(items: DigestItem[], minAgeDays: number, now: Date): { subject: string; text: string } {
  return {
    subject: `【会員情報管理システム】対応待ちの申請が${items.length}件あります`,
    text: [
      '本機関 ご担当者様',
      '',
      `${minAgeDays}日以上、本機関の対応を待っている申請が${items.length}件あります（${formatter.format(now)}時点、古い順）。`,
      '',
      ...items.flatMap((item) => [
        `・${item.label}　${item.companyName}　${item.status}（${formatter.format(item.since)}から${Math.floor((now.getTime() - item.since.getTime()) / 86_400_000)}日）`,
        `　${item.url}`,
      ]),
      '',
      '――――――――――――――――――――',
      '電力広域的運営推進機関 会員情報管理システム',
    ].join('\n'),
  };
}
