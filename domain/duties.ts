// 担当業務: what a ユーザ is in charge of (manual 3.2), ticked from this list in this order.
export const DUTIES = ['総会', '資機材', 'セキュリティ', '会費', '容量市場'] as const;
export type Duty = (typeof DUTIES)[number];
