import { SaveButton } from './controls';
import { useWelcomeT } from './strings';
import type { StepProps } from './Welcome';

/** The bundled sample (public/exemple-factures.csv), in the CSV contract every import reads. */
const SAMPLE = '/exemple-factures.csv';

/** How to bring invoices in: Gmail, a PDF, the invoicing tool's CSV, with a sample to try. */
export function ImportStep({ save, dashboardUrl }: StepProps & { dashboardUrl: string }) {
  const { t } = useWelcomeT();
  return (
    <div data-testid="welcome-import">
      <p>{t('import.intro')}</p>
      <div class="welcome-ways">
        <article>
          <h3>{t('import.gmail')}</h3>
          <p>{t('import.gmailBody')}</p>
          <a href="https://mail.google.com/" target="_blank" rel="noreferrer">
            {t('import.gmailOpen')}
          </a>
        </article>
        <article>
          <h3>{t('import.pdf')}</h3>
          <p>{t('import.pdfBody')}</p>
          <a href={`${dashboardUrl}#import`} target="_blank" rel="noreferrer">
            {t('import.open')}
          </a>
        </article>
        <article>
          <h3>{t('import.csv')}</h3>
          <p>{t('import.csvBody')}</p>
          <a href={`${dashboardUrl}#import`} target="_blank" rel="noreferrer">
            {t('import.open')}
          </a>
          <p>
            <a href={SAMPLE} download="exemple-factures.csv" data-testid="welcome-sample">
              {t('import.sample')}
            </a>
            <br />
            <small class="muted">{t('import.sampleHint')}</small>
          </p>
        </article>
      </div>
      <SaveButton label={t('finish')} onClick={() => void save({})} />
    </div>
  );
}
