// The step header of the joining screens: リンク確認 › 仮申請 › 本申請.
const STEPS = ['リンク確認', '仮申請', '本申請'] as const;
export type JoinStep = (typeof STEPS)[number];

/** `oob`: sent beside a polled fragment (htmx out-of-band swap), so the header follows the application. */
export function JoinSteps({ current, oob = false }: { current: JoinStep; oob?: boolean }) {
  return (
    <ol id="join-steps" class="join-steps" aria-label="加入申請の手順" {...(oob ? { 'hx-swap-oob': 'true' } : {})}>
      {STEPS.map((step) => (
        <li class={step === current ? 'current' : undefined} aria-current={step === current ? 'step' : undefined}>
          {step}
        </li>
      ))}
    </ol>
  );
}
