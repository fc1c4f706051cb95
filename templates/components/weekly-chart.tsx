// A small bar chart of counts per week, as inline SVG; every bar carries its number in text.
import type { WeekCount } from '../../db/repositories/dashboard';

const BAR_W = 34;
const GAP = 10;
const HEIGHT = 120;

export function WeeklyChart({ title, weeks }: { title: string; weeks: WeekCount[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const width = weeks.length * (BAR_W + GAP) + GAP;
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  return (
    <figure class="weekly-chart">
      <svg viewBox={`0 0 ${width} ${HEIGHT + 40}`} width={width} height={HEIGHT + 40} role="img" aria-labelledby="wc-title" aria-describedby="wc-desc">
        <title id="wc-title">{title}</title>
        <desc id="wc-desc">{weeks.map((w) => `${w.week.slice(5).replace('-', '/')}週 ${w.count}件`).join('、')}</desc>
        {weeks.map((w, i) => {
          const h = Math.round((w.count / max) * (HEIGHT - 20));
          const x = GAP + i * (BAR_W + GAP);
          return (
            <g>
              <rect x={x} y={HEIGHT - h} width={BAR_W} height={Math.max(h, 1)} class="wc-bar" />
              <text x={x + BAR_W / 2} y={HEIGHT - h - 4} text-anchor="middle" class="wc-value">{String(w.count)}</text>
              <text x={x + BAR_W / 2} y={HEIGHT + 16} text-anchor="middle" class="wc-label">{w.week.slice(5).replace('-', '/')}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>{`${title}（直近${weeks.length}週、合計${total}件。各週の月曜日を表示）`}</figcaption>
    </figure>
  );
}
