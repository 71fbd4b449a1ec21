import { useMemo, useState } from 'preact/hooks';
import { routesForCase } from '../../core/app/routes-view';
import type { CaseRoute, RouteDocument } from '../../core/documents/recovery';
import { missingParts } from '../../core/documents/requirements';
import type { Send } from '../../core/protocol';
import { download } from '../download';
import { useT } from '../i18n';
import { PartsForm } from '../welcome/PartsForm';
import type { LiveCase } from './use-case';

interface RoutesPanelProps {
  live: LiveCase;
  /** To save the parts a route document lacks (the client's postal address), asked inline. */
  send: Send;
  today: string;
  /** The injonction kit has its own panel (acknowledgement upload, « déposé le »). */
  onKit: () => void;
  onError: (message: string) => void;
}

/**
 * The roads after the formal notice for this case (issue #15), best first, each with its court,
 * cost, delay and conditions, and the document it prepares. core/app/routes-view.ts answers;
 * this only shows it. PDFs are built on click (jsPDF is loaded only then).
 */
export function RoutesPanel({ live, send, today, onKit, onError }: RoutesPanelProps) {
  const { t, lang } = useT();
  const { kase } = live;
  const [asking, setAsking] = useState(false);
  const result = useMemo(() => routesForCase(live, today, lang), [live, today, lang]);
  if (!result) return null;
  const { profile, routes, disputed } = result;

  async function prepare(doc: Exclude<RouteDocument, 'kit'>) {
    if (missingParts(live.settings.identity, kase.client, 'posted').length > 0) return setAsking(true);
    try {
      const { buildRouteDocument } = await import('../../core/app/case-document');
      const built = buildRouteDocument(doc, live, today);
      download(built.fileName, new Blob([built.bytes as BlobPart], { type: built.mime }));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }

  const guess = profile.guess;
  return (
    <section class="panel routes" data-testid="routes-panel" aria-labelledby={`routes-${kase.invoice.id}`}>
      <h3 id={`routes-${kase.invoice.id}`}>{t('route.heading')}</h3>
      {disputed && <p class="notice">{t('route.disputeHint')}</p>}
      {guess && guess.legalType !== 'consumer' && (
        <p class="muted" data-testid="routes-guess">
          {t(guess.from === 'signature' ? 'route.guessSignatureNote' : 'route.guessNote', {
            type: t(`legal.${guess.legalType}`),
            clue: guess.clue,
          })}
        </p>
      )}
      {!profile.debtor.legalType && <p class="muted">{t('route.unknownNote')}</p>}
      {/* Every route document names the debtor at its postal address: asked once a document is
          asked for (the kit's own panel asks for itself), then the button is clicked again. */}
      {asking && <PartsForm settings={live.settings} client={kase.client} kind="posted" send={send} />}
      <ol class="route-list">
        {routes.map((route, i) => (
          <RouteItem
            key={route.id}
            route={route}
            best={i === 0}
            onPrepare={() => (route.document === 'kit' ? onKit() : route.document && prepare(route.document))}
          />
        ))}
      </ol>
    </section>
  );
}

function RouteItem({ route, best, onPrepare }: { route: CaseRoute; best: boolean; onPrepare: () => void }) {
  const { t } = useT();
  return (
    <li class="route" data-testid="route" data-route={route.id}>
      <strong>{t(`route.${route.id}`)}</strong>
      {route.court?.name && (
        <span data-testid="route-court">
          {' · '}
          {t('route.court')} : {route.court.name}
        </span>
      )}
      <dl class="route-facts">
        <dt>{t('route.cost')}</dt>
        <dd>{route.cost}</dd>
        <dt>{t('route.delay')}</dt>
        <dd>{route.delay}</dd>
      </dl>
      <ul class="route-conditions">
        {route.conditions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {route.basis.length > 0 && (
        <p class="muted small">
          {t('route.basis')} : {route.basis.join(' ; ')}
        </p>
      )}
      {route.document ? (
        <button
          type="button"
          class={best ? '' : 'secondary'}
          onClick={onPrepare}
          data-testid={route.document === 'kit' ? 'act-kit' : `route-prepare-${route.document}`}
        >
          {t('route.prepare', { document: t(`route.doc.${route.document}`) })}
        </button>
      ) : (
        <p class="muted small">{t('route.noDocument')}</p>
      )}
    </li>
  );
}
