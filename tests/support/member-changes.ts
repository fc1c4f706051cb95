// The 会員情報変更申請 form as a member's browser posts it, built from a member made by
// createMemberWithAdmin, and posted with a session cookie.
import type { ApplicationData } from '../../domain/application-data';
import type { UserProfile } from '../../db/repositories/users';
import { sampleCompany, sampleProfile } from './auth';
import { applicationFormEntries } from './joining';
import { postForm } from './http';

/** The 管理者① profile a test gives createMemberWithAdmin, so the form can repeat it. */
export function knownAdmin(overrides: Partial<UserProfile> = {}): UserProfile {
  return sampleProfile(overrides);
}

export function currentData(companyName: string, admin: UserProfile, admin2: UserProfile | null = null): ApplicationData {
  const { userId, duties, department, lastName, firstName, lastNameKana, firstNameKana, email, phone, note } = admin;
  const info = (p: UserProfile) => ({ userId: p.userId, duties: p.duties, department: p.department, lastName: p.lastName, firstName: p.firstName, lastNameKana: p.lastNameKana, firstNameKana: p.firstNameKana, email: p.email, phone: p.phone, note: p.note });
  return {
    company: sampleCompany(companyName),
    administrator1: { userId, duties, department, lastName, firstName, lastNameKana, firstNameKana, email, phone, note },
    administrator2: admin2 ? info(admin2) : null,
  };
}

/** POSTs form entries (check boxes repeated) with a session cookie; redirects not followed. */
export function postEntries(pathname: string, entries: [string, string][], cookie: string): Promise<Response> {
  return postForm(pathname, entries, { cookie });
}

export function changeFormEntries(data: ApplicationData, requestId: string): [string, string][] {
  return [...applicationFormEntries(data), ['requestId', requestId]];
}
