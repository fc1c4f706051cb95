// Draws a Lifecycle as inline SVG: boxes with their state written under the label (完了, 現在,
// 終了), arrows between them, and the side loop or the way out below. Colours come from app.css classes and only
// repeat what the words say.
import { STEP_STATE_LABELS, type Lifecycle, type LifecycleStep } from '../../domain/lifecycle/steps';

const BOX_W = 118;
const BOX_H = 50;
const GAP = 30;
const TOP = 10;
const LOOP_TOP = TOP + BOX_H + 46;

function x(index: number): number {
  return 10 + index * (BOX_W + GAP);
}

function Box({ step, left, top }: { step: LifecycleStep; left: number; top: number }) {
  const stateLabel = STEP_STATE_LABELS[step.state];
  return (
    <g class={`lc-step lc-${step.state}`}>
      <rect x={left} y={top} width={BOX_W} height={BOX_H} rx={6} />
      <text x={left + BOX_W / 2} y={top + (stateLabel ? 21 : 30)} text-anchor="middle" class="lc-label">{step.label}</text>
      {stateLabel ? <text x={left + BOX_W / 2} y={top + 40} text-anchor="middle" class="lc-state">{`【${stateLabel}】`}</text> : null}
    </g>
  );
}

/** `id` keeps the title and description ids unique when a page shows more than one picture. */
export function LifecyclePicture({ lifecycle, id = 'lc' }: { lifecycle: Lifecycle; id?: string }) {
  const { steps, loop, exit } = lifecycle;
  const width = x(steps.length - 1) + BOX_W + 10;
  const height = (loop || exit ? LOOP_TOP + BOX_H : TOP + BOX_H) + 10;
  const all = [...steps, ...(loop ? [loop] : []), ...(exit ? [exit] : [])];
  // Where things stand: the current (or ended) step, else the last one completed.
  const current = all.find((step) => step.state === 'current' || step.state === 'ended') ?? steps.filter((step) => step.state === 'done').at(-1);
  // The way out is where the process ended, so the description names it too.
  const description = [...steps, ...(exit ? [exit] : [])].map((step) => `${step.label}${STEP_STATE_LABELS[step.state] ? `（${STEP_STATE_LABELS[step.state]}）` : ''}`).join('、');
  return (
    <figure class="lifecycle">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{lifecycle.title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" class="lc-arrowhead" />
          </marker>
        </defs>
        {steps.slice(1).map((_, index) => (
          <line x1={x(index) + BOX_W} y1={TOP + BOX_H / 2} x2={x(index + 1) - 2} y2={TOP + BOX_H / 2} class="lc-edge" marker-end={`url(#${id}-arrow)`} />
        ))}
        {steps.map((step, index) => <Box step={step} left={x(index)} top={TOP} />)}
        {loop ? (
          <g>
            <path d={`M ${x(loop.from) + BOX_W / 2} ${TOP + BOX_H} L ${x(loop.from) + BOX_W / 2} ${LOOP_TOP + BOX_H / 2} L ${(x(loop.from) + x(loop.to)) / 2 + BOX_W / 2 + 2} ${LOOP_TOP + BOX_H / 2}`} class="lc-edge" marker-end={`url(#${id}-arrow)`} />
            <path d={`M ${(x(loop.from) + x(loop.to)) / 2} ${LOOP_TOP + BOX_H / 2} L ${x(loop.to) + BOX_W / 2} ${LOOP_TOP + BOX_H / 2} L ${x(loop.to) + BOX_W / 2} ${TOP + BOX_H + 2}`} class="lc-edge" marker-end={`url(#${id}-arrow)`} />
            <Box step={{ label: loop.visits > 0 ? `${loop.label}（${loop.visits}回）` : loop.label, state: loop.state }} left={(x(loop.from) + x(loop.to)) / 2} top={LOOP_TOP} />
          </g>
        ) : null}
        {exit ? (
          <g>
            <line x1={x(exit.from) + BOX_W / 2} y1={TOP + BOX_H} x2={x(exit.from) + BOX_W / 2} y2={LOOP_TOP - 2} class="lc-edge" marker-end={`url(#${id}-arrow)`} />
            <Box step={exit} left={x(exit.from)} top={LOOP_TOP} />
          </g>
        ) : null}
      </svg>
      <figcaption>{current ? `現在の段階：${current.label}` : `${lifecycle.title}`}</figcaption>
    </figure>
  );
}
