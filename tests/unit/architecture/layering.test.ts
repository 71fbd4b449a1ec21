/**
 * The layering of ARCHITECTURE.md (« Layering »), checked on every import of every source file:
 *
 *   entrypoints ─► components ─► core/app ─► core/db · core/law · core/dunning · core/templates …
 *        └─► core/platform ─► core/protocol ─► core/model        core/sites ─► core/extract ─► core/model
 *
 * Each arrow points down; nothing points back up. A rule names what it forbids and why; an
 * import that breaks one fails here, unless it is listed in KNOWN_VIOLATIONS with its reason
 * (work under way on another branch). A listed import that no longer happens fails too, so the
 * list only shrinks.
 */
import { describe, expect, it } from 'vitest';
import { areaOf, type Import, importsOf, sourceFiles } from './sources';

/**
 * What an entrypoint or a component may take from core/dunning and core/law at run time:
 * reading a value already decided (a label, a formatted figure, a constant table), never a
 * decision (which step is next, which event to record, what is owed, whether a mention is
 * missing). Type-only imports are always allowed: they name shapes and run nothing.
 */
const ALLOWED_READS: Record<'core/dunning' | 'core/law', Record<string, string>> = {
  'core/dunning': {
    stepName: "a step's name in the UI language (« Relance amicale », « Mise en demeure »)",
    dayLabel: 'an offset written as « J+7 » / "D+7"',
    describeNext: 'the text of a next action already computed by the engine',
    PRESET_SCENARIOS: 'the constant table of preset scenarios, shown to choose from',
    presetById: 'a lookup in that constant table',
  },
  'core/law': {
    describeRate: 'a contractual rate written out (« 3 × le taux légal »)',
    rateFigure: "the number a rate's form field shows",
    rateFromForm: "the form's two fields read back as a rate (input reading; no rule applied)",
    describeWarning: 'the text of a warning code already produced by a check',
    parseWarning: 'a warning code split into its name and argument, to show it',
    semesterOf: 'the half-year a date falls in (a calendar label for the rates table)',
    listedSemesters: 'the half-years the bundled rates table lists',
    ratesForSemester: "one row of the bundled rates table, as the settings' table shows it",
  },
};

interface Rule {
  id: string;
  /** Why the arrow is forbidden, as ARCHITECTURE.md says it. */
  why: string;
  /** Null when the import is fine, else what is wrong with it. */
  check: (imp: Import, from: string, to: string) => string | null;
}

const ENGINE = ['core/dunning', 'core/law', 'core/templates'];
const BELOW_PROTOCOL = ['core/db', 'core/extract', 'core/sites', 'core/import'];
const isCore = (area: string) => area === 'core' || area.startsWith('core/');

const RULES: Rule[] = [
  {
    id: 'protocol-is-above',
    why: 'core/db, core/extract, core/sites and core/import return plain model/extract data and know no wire format; core/protocol builds on them',
    check: (_, from, to) =>
      BELOW_PROTOCOL.includes(from) && to === 'core/protocol' ? 'imports core/protocol' : null,
  },
  {
    id: 'db-stores-only',
    why: 'core/db stores and queries; it never calls the engine (core/dunning, core/law, core/templates)',
    check: (_, from, to) => (from === 'core/db' && ENGINE.includes(to) ? `imports ${to}` : null),
  },
  {
    id: 'app-has-no-browser',
    why: 'core/app takes the browser ports it needs as parameters and runs under vitest; it shows nothing',
    check: (_, from, to) =>
      from === 'core/app' && ['core/platform', 'components', 'entrypoints'].includes(to)
        ? `imports ${to}`
        : null,
  },
  {
    id: 'ui-does-not-decide',
    why: 'entrypoints and components wire and show; decisions of core/dunning and core/law are made in core/app and below',
    check: (imp, from, to) => {
      if (!['components', 'entrypoints'].includes(from) || imp.typeOnly) return null;
      if (to !== 'core/dunning' && to !== 'core/law') return null;
      const allowed = ALLOWED_READS[to];
      const deciding = imp.names.filter((n) => !Object.hasOwn(allowed, n));
      return deciding.length > 0 ? `runs ${to}: ${deciding.join(', ')}` : null;
    },
  },
  {
    id: 'points-down',
    why: 'nothing points back up: core imports no component or entrypoint, a component no entrypoint',
    check: (_, from, to) =>
      (isCore(from) && (to === 'components' || to === 'entrypoints')) ||
      (from === 'components' && to === 'entrypoints')
        ? `imports ${to}`
        : null,
  },
  {
    id: 'protocol-builds-on-model',
    why: 'core/protocol builds its schemas from core/model and core/extract types, never from the layers above',
    check: (_, from, to) =>
      from === 'core/protocol' && isCore(to) && !['core/protocol', 'core/model', 'core/extract'].includes(to)
        ? `imports ${to}`
        : null,
  },
  {
    id: 'entrypoints-keep-to-themselves',
    why: 'files inside an entrypoint folder are its private modules; what two entrypoints share lives in core/ or components/',
    check: (imp) => {
      const own = imp.from.split('/')[1];
      const parts = imp.to.split('/');
      return imp.from.startsWith('entrypoints/') && parts[0] === 'entrypoints' && parts[1] !== own
        ? `reaches into ${parts.slice(0, 2).join('/')}`
        : null;
    },
  },
];

/**
 * Imports that still break a rule, each with what would remove it. The list can only shrink: a
 * test below fails on an entry that no longer happens. Key: `rule: importing file → imported file`.
 */
const KNOWN_VIOLATIONS: Record<string, string> = {};

/** Every import that breaks a rule, as `rule: from → to` with what is wrong. */
function violations(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles()) {
    for (const imp of importsOf(file)) {
      if (!/^(core|components|entrypoints)\//.test(imp.to)) continue; // packages
      const from = areaOf(imp.from);
      const to = areaOf(imp.to);
      if (from === to && from !== 'entrypoints') continue;
      for (const rule of RULES) {
        const wrong = rule.check(imp, from, to);
        if (wrong) found.set(`${rule.id}: ${imp.from} → ${imp.to}`, wrong);
      }
    }
  }
  return found;
}

describe('the layering of ARCHITECTURE.md', () => {
  const found = violations();

  it('reads the real imports (the rules would pass on an empty graph)', () => {
    const all = sourceFiles().flatMap(importsOf);
    expect(all.length).toBeGreaterThan(500);
    // A type-only import and a dynamic import() are both seen.
    expect(all.some((i) => i.typeOnly && i.to.startsWith('core/model'))).toBe(true);
    expect(all.some((i) => i.from.startsWith('entrypoints/') && i.names.includes('*'))).toBe(true);
  });

  it('catches what each rule forbids (each rule tried on an import it must refuse)', () => {
    const imp = (from: string, to: string, names = ['x'], typeOnly = false): Import => ({
      from,
      to,
      names,
      typeOnly,
    });
    const broken = (i: Import) =>
      RULES.filter((r) => r.check(i, areaOf(i.from), areaOf(i.to)) !== null).map((r) => r.id);
    expect(broken(imp('core/db/a.ts', 'core/protocol/index.ts', ['ImportItem'], true))).toEqual([
      'protocol-is-above',
    ]);
    expect(broken(imp('core/extract/a.ts', 'core/protocol/messages.ts'))).toEqual(['protocol-is-above']);
    expect(broken(imp('core/sites/gmail/a.ts', 'core/protocol/index.ts'))).toEqual(['protocol-is-above']);
    expect(broken(imp('core/import/a.ts', 'core/protocol/index.ts'))).toEqual(['protocol-is-above']);
    expect(broken(imp('core/db/a.ts', 'core/dunning/index.ts'))).toEqual(['db-stores-only']);
    expect(broken(imp('core/db/a.ts', 'core/law/rates.ts'))).toEqual(['db-stores-only']);
    expect(broken(imp('core/db/a.ts', 'core/templates/index.ts'))).toEqual(['db-stores-only']);
    expect(broken(imp('core/app/a.ts', 'core/platform/index.ts'))).toEqual(['app-has-no-browser']);
    expect(broken(imp('core/app/a.ts', 'components/Popup.tsx'))).toEqual([
      'app-has-no-browser',
      'points-down',
    ]);
    expect(broken(imp('components/a.tsx', 'core/dunning/index.ts', ['nextAction']))).toEqual([
      'ui-does-not-decide',
    ]);
    expect(broken(imp('entrypoints/background/a.ts', 'core/law/index.ts', ['checkMentions']))).toEqual([
      'ui-does-not-decide',
    ]);
    // A dynamic import() brings the whole module: it is not a reading of one allowed name.
    expect(broken(imp('components/a.tsx', 'core/law/index.ts', ['*']))).toEqual(['ui-does-not-decide']);
    expect(broken(imp('components/b.tsx', 'entrypoints/popup/main.tsx'))).toEqual(['points-down']);
    expect(broken(imp('core/protocol/a.ts', 'core/db/index.ts'))).toEqual(['protocol-builds-on-model']);
    expect(broken(imp('entrypoints/popup/a.ts', 'entrypoints/background/b.ts'))).toEqual([
      'entrypoints-keep-to-themselves',
    ]);
    // What stays allowed: reading a formatted value, a type, the layers below.
    expect(broken(imp('components/a.tsx', 'core/dunning/index.ts', ['stepName', 'dayLabel']))).toEqual([]);
    expect(broken(imp('components/a.tsx', 'core/law/index.ts', ['describeWarning']))).toEqual([]);
    expect(broken(imp('components/a.tsx', 'core/dunning/index.ts', ['DunningCase'], true))).toEqual([]);
    expect(broken(imp('core/protocol/a.ts', 'core/model/index.ts'))).toEqual([]);
    expect(broken(imp('core/protocol/a.ts', 'core/extract/pdf-found-schema.ts'))).toEqual([]);
    expect(broken(imp('core/platform/a.ts', 'core/protocol/index.ts'))).toEqual([]);
    expect(broken(imp('core/app/a.ts', 'core/db/index.ts'))).toEqual([]);
    expect(broken(imp('entrypoints/popup/a.ts', 'entrypoints/popup/b.ts'))).toEqual([]);
  });

  it('every import follows the rules, but for the known violations being removed', () => {
    const unexpected = [...found].filter(([key]) => !Object.hasOwn(KNOWN_VIOLATIONS, key));
    const explain = unexpected.map(([key, what]) => {
      const rule = RULES.find((r) => key.startsWith(`${r.id}:`));
      return `${key} (${what}) — ${rule?.why}`;
    });
    expect(explain).toEqual([]);
  });

  it('lists no known violation that no longer happens (remove it from KNOWN_VIOLATIONS)', () => {
    expect(Object.keys(KNOWN_VIOLATIONS).filter((key) => !found.has(key))).toEqual([]);
  });

  it('gives each known violation a reason', () => {
    for (const [key, reason] of Object.entries(KNOWN_VIOLATIONS))
      expect(reason.length, key).toBeGreaterThan(10);
  });
});
