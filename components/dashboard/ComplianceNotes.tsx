import { type ComplianceReport, describeWarning, type WarningCode } from '../../core/law';
import { useT } from '../i18n';

/** What the invoice's missing mentions cost (L441-9), and the engine's warnings (prescription…). */
export function ComplianceNotes({ report, warnings }: { report: ComplianceReport; warnings: WarningCode[] }) {
  const { t, lang } = useT();
  return (
    <section aria-labelledby="compliance-title" class="card" data-testid="compliance">
      <h3 id="compliance-title">{t('dash.compliance.title')}</h3>
      {report.ok && warnings.length === 0 && <p class="muted">{t('dash.compliance.ok')}</p>}
      <ul class="plain">
        {report.missing.map((m) => (
          <li key={m.mention} data-testid="missing-mention">
            <strong>{t('dash.compliance.missing', { mention: m.label[lang] })}</strong> {m.cost[lang]}
          </li>
        ))}
        {warnings.map((code) => (
          <li key={code} data-testid="engine-warning">
            {describeWarning(code, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
