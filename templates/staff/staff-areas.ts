// The staff console's areas (本機関): the menu bar on every staff page and the links of 本機関メニュー.
import type { MenuBarEntry } from '../components/menu-bar';

export interface StaffLink extends MenuBarEntry {
  description: string;
}

/** Areas of the console, in the menu bar's order. */
export const STAFF_AREAS: StaffLink[] = [
  { href: '/staff/applications', label: '加入申請一覧', description: '加入申請の確認、事業者コードの発行、承認／保留／却下を行います。' },
  { href: '/staff/members', label: '会員一覧', description: '会員の検索と、検索結果のCSV出力を行います。' },
  { href: '/staff/changes', label: '会員情報変更申請一覧', description: '会員情報変更・承継・脱退の申請を現在の内容と比較し、承認／保留／却下を行います。' },
  { href: '/staff/audit', label: '会員情報変更履歴（監査証跡）', description: '会員情報の変更を、誰が・いつ・何を・どの申請で変更したか確認します。' },
];

/** 本機関メニュー's links: the areas, then パスワード変更 (which the header offers on every page). */
export const STAFF_LINKS: StaffLink[] = [...STAFF_AREAS, { href: '/staff/password', label: 'パスワード変更', description: 'ご自身のパスワードを変更します。' }];
