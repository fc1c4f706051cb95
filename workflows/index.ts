// The workflows the worker bundles. Deterministic code only: no I/O, no Node built-ins.
export { membershipApplication } from './membership-application';
export { deliverMail } from './deliver-mail';
export { member } from './member';
export { changeRequest } from './change-request';
export { staffDigest } from './staff-digest';
