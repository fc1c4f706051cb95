// ユーザ情報一覧's search: query parameters, cleaned rather than refused (a stray character should
// still search), in the widths the registration form stores.
import { DUTIES } from '../duties';
import { toHalfWidth } from './text';

export interface UserSearchCriteria {
  userId: string;
  name: string;
  duty: string;
}

export function readUserSearch(query: (name: string) => string | undefined): UserSearchCriteria {
  const duty = query('duty') ?? '';
  return {
    userId: toHalfWidth(query('userId') ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, 6),
    name: (query('name') ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 50),
    duty: (DUTIES as readonly string[]).includes(duty) ? duty : '',
  };
}
