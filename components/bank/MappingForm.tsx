import { useState } from 'preact/hooks';
import type { CsvShape } from '../../core/bank';
import { bank } from '../../core/i18n/catalogue/bank';
import type { PlainKey } from '../../core/i18n/translate';
import { CsvMappingSchema } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n';

type Role = 'date' | 'amount' | 'debit' | 'credit' | 'label' | 'counterparty' | 'reference';
const ROLES: { role: Role; key: PlainKey<typeof bank> }[] = [
  { role: 'date', key: 'bank.map.date' },
  { role: 'amount', key: 'bank.map.amount' },
  { role: 'debit', key: 'bank.map.debit' },
  { role: 'credit', key: 'bank.map.credit' },
  { role: 'label', key: 'bank.map.label' },
  { role: 'counterparty', key: 'bank.map.counterparty' },
  { role: 'reference', key: 'bank.map.reference' },
];

/** The columns of a CSV no profile knows, set once; the mapping is kept per header signature. */
export function MappingForm({
  file,
  shape,
  send,
  onSaved,
}: {
  file: string;
  shape: CsvShape;
  send: Send;
  onSaved: () => void;
}) {
  const { t } = useAreaT(bank);
  const [roles, setRoles] = useState<Partial<Record<Role, number>>>({});
  const [decimal, setDecimal] = useState<',' | '.'>(',');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    const parsed = CsvMappingSchema.safeParse({
      signature: shape.signature,
      name,
      date: roles.date,
      amount: roles.amount ?? null,
      debit: roles.debit ?? null,
      credit: roles.credit ?? null,
      label: roles.label === undefined ? [] : [roles.label],
      counterparty: roles.counterparty ?? null,
      reference: roles.reference ?? null,
      decimal,
    });
    if (!parsed.success) return setProblem(t('bank.map.needAmount'));
    const answer = await send('bank/mapping/save', { mapping: parsed.data });
    if (!answer.ok) return setProblem(answer.error.message);
    onSaved();
  }

  return (
    <form class="bank-mapping" onSubmit={save} data-testid="bank-mapping">
      <h3>{t('bank.map.title', { file })}</h3>
      <p class="muted">{t('bank.map.help')}</p>
      <label>
        {t('bank.map.name')} <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <div class="bank-roles">
        {ROLES.map(({ role, key }) => (
          <label key={role}>
            {t(key)}
            <select
              data-testid={`bank-map-${role}`}
              value={roles[role] ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setRoles({ ...roles, [role]: v === '' ? undefined : Number(v) });
              }}
            >
              <option value="">{t('bank.map.none')}</option>
              {shape.columns.map((c, i) => (
                <option key={c + String(i)} value={i}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          {t('bank.map.decimal')}
          <select value={decimal} onChange={(e) => setDecimal(e.currentTarget.value as ',' | '.')}>
            <option value=",">1 234,56</option>
            <option value=".">1,234.56</option>
          </select>
        </label>
      </div>
      <table class="preview">
        <caption>{t('bank.map.sample')}</caption>
        <thead>
          <tr>
            {shape.columns.map((c, i) => (
              <th key={c + String(i)} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shape.sample.map((row, r) => (
            <tr key={String(r)}>
              {row.map((cell, i) => (
                <td key={String(i)}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" data-testid="bank-map-save">
        {t('bank.map.save')}
      </button>
    </form>
  );
}
