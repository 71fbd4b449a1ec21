/**
 * Under a preview row: where the PDF's visible page and its embedded XML disagree, field by
 * field, and which one was taken (the XML). Its own copy, fr and en, so that the import
 * catalogue is untouched.
 */
import { formatDate } from '../../core/dates';
import type { CheckedField, Disagreement } from '../../core/extract/pdf-check';
import type { Language } from '../../core/model';
import { amountText } from './draft';

const FR = {
  title: 'Le PDF et son XML Factur-X ne disent pas la même chose',
  line: '{field} : la page affiche « {page} », le XML « {xml} ».',
  taken:
    'Les valeurs reprises ci-dessus sont celles du XML, les données structurées de la facture. Vérifiez-les avant de suivre cette facture : un fichier dont la page et le XML divergent a pu être modifié.',
  iban: 'L’IBAN n’est pas repris : vos relances donnent celui de vos réglages.',
  number: 'N°',
  totalCents: 'Montant TTC',
  amountDueCents: 'Net à payer',
  dueDate: 'Échéance',
  ibanField: 'IBAN',
};
type Key = keyof typeof FR;
const EN: Record<Key, string> = {
  title: 'The PDF and its Factur-X XML do not say the same thing',
  line: '{field}: the page shows “{page}”, the XML “{xml}”.',
  taken:
    'The values above are the XML’s, the invoice’s structured data. Check them before tracking this invoice: a file whose page and XML differ may have been altered.',
  iban: 'The IBAN is not taken: your reminders give the one in your settings.',
  number: 'No.',
  totalCents: 'Total incl. tax',
  amountDueCents: 'Amount due',
  dueDate: 'Due date',
  ibanField: 'IBAN',
};

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
  const t = lang === 'en' ? EN : FR;
  return (
    <tr class="cross-check" data-testid="cross-check">
      <td colSpan={columns} role="alert">
        <strong>{t.title}</strong>
        <ul>
          {disagreements.map((d) => (
            <li key={d.field}>
              {t.line
                .replace('{field}', t[d.field === 'iban' ? 'ibanField' : d.field])
                .replace('{page}', shown(d.field, d.page, lang))
                .replace('{xml}', shown(d.field, d.xml, lang))}
            </li>
          ))}
        </ul>
        <p>
          {t.taken}
          {disagreements.some((d) => d.field === 'iban') && ` ${t.iban}`}
        </p>
      </td>
    </tr>
  );
}
