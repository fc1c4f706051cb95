// A process drawn as a picture: main steps left to right, optionally a side loop (保留・却下)
// that returns to an earlier step, or a way out of the process that returns nowhere. Each step
// says in words whether it is done, current, ahead or ended, so the picture does not rely on colour.
export type StepState = 'done' | 'current' | 'ahead' | 'ended';

export interface LifecycleStep {
  label: string;
  state: StepState;
}

export interface Lifecycle {
  /** What the picture shows, for its accessible name. */
  title: string;
  steps: LifecycleStep[];
  /** The side loop: where it leaves from and returns to (indexes into steps). */
  loop?: { label: string; state: StepState; from: number; to: number; visits: number };
  /** Where the process left its steps for good (an early 却下), below the step it left from. */
  exit?: { label: string; state: StepState; from: number };
}

export const STEP_STATE_LABELS: Record<StepState, string> = {
  done: '完了',
  current: '現在',
  ahead: '',
  ended: '終了',
};

/** Marks steps before `current` done, `current` current, the rest ahead. */
export function linearSteps(labels: readonly string[], current: number): LifecycleStep[] {
  return labels.map((label, index) => ({
    label,
    state: index < current ? 'done' : index === current ? 'current' : 'ahead',
  }));
}
