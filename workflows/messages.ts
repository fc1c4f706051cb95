// Messages of the membership application workflow: how pages and staff talk to it.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ApplicationStatus } from '../domain/application-status';

export interface ApplicationState {
  status: ApplicationStatus;
}

/** The live state, for status pages. */
export const applicationStateQuery = defineQuery<ApplicationState>('applicationState');

/** 加入(仮)申請 has been submitted through the link (its form arrives with the joining issue). */
export const provisionalApplicationSubmittedSignal = defineSignal('provisionalApplicationSubmitted');
