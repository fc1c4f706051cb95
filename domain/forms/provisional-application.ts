// 加入(仮)申請 (manual 1.3): the company and 管理者 fields (application.ts) plus the id the form was
// shown with, so a double submission makes one application.
import { applicationFormParser } from './application';
import { formIdField } from './form-id';

export const PROVISIONAL_APPLICATION_EXTRA_FIELDS = ['submissionId'] as const;

export const parseProvisionalApplicationForm = applicationFormParser({ submissionId: formIdField() }, PROVISIONAL_APPLICATION_EXTRA_FIELDS);
