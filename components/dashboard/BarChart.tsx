import type { Language } from '../../core/model';
import { formatMoney, formatMoneyCompact } from '../../core/money';

export interface BarSeries {
  name: string;
  /** CSS class giving the bar its colour from the theme variables. */
  className: string;
}

export interface BarGroup {
  label: string;
  /** One amount per series, in cents. */
  cents: number[];
}

interface BarChartProps {
  id: string;
  title: string;
  /** What a screen reader hears instead of the drawing: every value, in words. */
  summary: string;
  series: BarSeries[];
  groups: BarGroup[];
  lang: Language;
  /** Print each amount above its bar (few bars only). */
  valueLabels?: boolean;
}

const W = 720;
const H = 260;
const M = { top: 24, right: 12, bottom: 36, left: 76 };

/** Axis ticks on round amounts (1, 2 or 5 × a power of ten), at most five intervals. */
function axisTicks(maxCents: number): number[] {
  const max = Math.max(maxCents, 100_00);
  const power = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => Math.ceil(max / s) <= 5) ?? 10 * power;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/**
 * Grouped bars in SVG, drawn from the theme's colours; the same numbers are in a visually
 * hidden table right after it, for screen readers and for copying.
 */
export function BarChart({ id, title, summary, series, groups, lang, valueLabels }: BarChartProps) {
  const ticks = axisTicks(Math.max(0, ...groups.flatMap((g) => g.cents)));
  const max = ticks[ticks.length - 1]!;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const groupW = plotW / Math.max(1, groups.length);
  const barW = Math.min(48, (groupW * 0.8) / series.length);
  const y = (cents: number) => M.top + plotH - (cents / max) * plotH;
  const compact = (cents: number) => formatMoneyCompact(cents, 'EUR', lang);
  return (
    <figure class="chart" data-testid={`${id}-chart`}>
      {series.length > 1 && (
        <ul class="legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.name}>
              <span class={`swatch ${s.className}`} /> {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}`}>
        <title>{title}</title>
        {ticks.map((v) => (
          <g key={v} class="tick">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 6} y={y(v) + 4} text-anchor="end">
              {compact(v)}
            </text>
          </g>
        ))}
        {groups.map((g, gi) => {
          const x0 = M.left + gi * groupW + (groupW - barW * series.length) / 2;
          return (
            <g key={g.label}>
              {g.cents.map((cents, si) => (
                <g key={series[si]!.name}>
                  <rect
                    class={`bar ${series[si]!.className}`}
                    x={x0 + si * barW}
                    y={y(cents)}
                    width={barW - 2}
                    height={Math.max(0, M.top + plotH - y(cents))}
                    data-testid={`${id}-bar`}
                    data-label={g.label}
                    data-series={series[si]!.name}
                    data-cents={cents}
                  />
                  {valueLabels && (
                    <text class="value" x={x0 + si * barW + barW / 2} y={y(cents) - 6} text-anchor="middle">
                      {formatMoney(cents, 'EUR', lang)}
                    </text>
                  )}
                </g>
              ))}
              <text
                class="axis"
                x={M.left + gi * groupW + groupW / 2}
                y={H - M.bottom + 18}
                text-anchor="middle"
              >
                {g.label}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="sr-only" data-testid={`${id}-table`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.label}>
              <th scope="row">{g.label}</th>
              {g.cents.map((c, i) => (
                <td key={series[i]!.name}>{formatMoney(c, 'EUR', lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
