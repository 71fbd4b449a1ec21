import { templates as area } from '../../core/i18n/catalogue/templates';
import { TEMPLATE_VARIABLES, type TemplateVariable } from '../../core/model';
import { useAreaT } from '../i18n';

/** The documented variables, each a button that inserts it where the cursor was. */
export function TemplateVariables({ onInsert }: { onInsert: (name: TemplateVariable) => void }) {
  const { t } = useAreaT(area);
  return (
    <div class="template-variables">
      <p id="template-variables-title">{t('tpl.variables')}</p>
      <ul aria-labelledby="template-variables-title" data-testid="template-variables">
        {TEMPLATE_VARIABLES.map((name) => (
          <li key={name}>
            <button
              type="button"
              class="secondary small"
              // Keep the cursor in the field: the click must not take the focus first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInsert(name)}
              aria-label={t('tpl.insert', { name: `{${name}}`, what: t(`tpl.var.${name}`) })}
              data-variable={name}
            >
              <code>{`{${name}}`}</code>
            </button>{' '}
            <span class="muted">{t(`tpl.var.${name}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
