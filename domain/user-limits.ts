// The manual (第3章): ユーザは管理者2名まで、その他の担当者は10名まで登録できます。
export const MAX_ADMINISTRATORS = 2;
export const MAX_PERSONS_IN_CHARGE = 10;
