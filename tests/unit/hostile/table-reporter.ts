/**
 * Prints the hostile-input table at the end of a vitest run that included tests/unit/hostile:
 * cases, clean and failing per input class (from the `[class]` prefix of each test name), and
 * fails the run when fewer than 400 cases ran or any is not clean.
 */
import type { Reporter, TestModule } from 'vitest/node';

const MIN_CASES = 400;

export default class HostileTableReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = new Map<string, { cases: number; clean: number }>();
    for (const m of modules) {
      if (!m.moduleId.includes('/tests/unit/hostile/')) continue;
      for (const test of m.children.allTests()) {
        const cls = /^\[([\w-]+)\]/.exec(test.name)?.[1];
        if (!cls) continue;
        const row = rows.get(cls) ?? { cases: 0, clean: 0 };
        row.cases++;
        if (test.result().state === 'passed') row.clean++;
        rows.set(cls, row);
      }
    }
    if (rows.size === 0) return;
    const total = { cases: 0, clean: 0 };
    const line = (name: string, r: { cases: number; clean: number }) =>
      `${name.padEnd(16)}${String(r.cases).padStart(7)}${String(r.clean).padStart(7)}${String(r.cases - r.clean).padStart(9)}`;
    const out = [
      '',
      'Hostile inputs',
      `${'class'.padEnd(16)}${'cases'.padStart(7)}${'clean'.padStart(7)}${'failing'.padStart(9)}`,
    ];
    for (const [name, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
      out.push(line(name, r));
      total.cases += r.cases;
      total.clean += r.clean;
    }
    const pct = ((100 * total.clean) / total.cases).toFixed(1);
    out.push(
      line('total', total),
      `${pct} % clean${total.cases < MIN_CASES ? ` — fewer than ${MIN_CASES} cases` : ''}`,
      '',
    );
    process.stdout.write(`${out.join('\n')}\n`);
    // A partial run (one file, -t filter) prints its table but does not judge the count.
    const full = modules.filter((m) => m.moduleId.includes('/tests/unit/hostile/')).length >= 5;
    if (total.clean < total.cases || (full && total.cases < MIN_CASES)) process.exitCode = 1;
  }
}
