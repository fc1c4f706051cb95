// The step header of the joining screens: リンク確認 › 仮申請 › 本申請.
const STEPS = ['リンク確認', '仮申請', '本申請'] as const;
export type JoinStep = (typeof STEPS)[number];

export function JoinSteps({ current }: { current: JoinStep }) {
  return (
    <ol class="join-steps" aria-label="加入申請の手順">
      {STEPS.map((step) => (
        <li class={step === current ? 'current' : undefined} aria-current={step === current ? 'step' : undefined}>
          {step}
        </li>
      ))}
    </ol>
  );
}
