/**
 * Under a preview row: where the PDF's visible page and its embedded XML disagree, field by
 * field, and which one was taken (the XML).
 */
import { formatDate } from '../../core/dates';
import type { CheckedField, Disagreement } from '../../core/extract/pdf-check';
import type { Language } from '../../core/model';
import { translator } from '../i18n';
import { amountText } from './draft';

function shown(field: CheckedField, value: string, lang: Language): string {
  if (field === 'totalCents' || field === 'amountDueCents') return amountText(Number(value));
  if (field === 'dueDate') return formatDate(value, lang);
  // An IBAN is read in groups of four (ISO 13616 paper format).
  if (field === 'iban') return value.replace(/(.{4})(?=.)/g, '$1 ');
  return value;
}

export function CrossCheck({
  disagreements,
  lang,
  columns,
}: {
  disagreements: Disagreement[];
  lang: Language;
  columns: number;
}) {
  const t = translator(lang);
  return (
    <tr class="cross-check" data-testid="cross-check">
      <td colSpan={columns} role="alert">
        <strong>{t('cross.title')}</strong>
        <ul>
          {disagreements.map((d) => (
            <li key={d.field}>
              {t('cross.line', {
                field: t(`cross.field.${d.field}`),
                page: shown(d.field, d.page, lang),
                xml: shown(d.field, d.xml, lang),
              })}
            </li>
          ))}
        </ul>
        <p>
          {t('cross.taken')}
          {disagreements.some((d) => d.field === 'iban') && ` ${t('cross.iban')}`}
        </p>
      </td>
    </tr>
  );
}
