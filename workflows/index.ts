// The workflows the worker bundles. Deterministic code only: no I/O, no Node built-ins.
export { membershipApplication } from './membership-application';
export { member } from './member';
