/**
 * The whole UI catalogue: every area merged into one typed map. Pages that must stay small (the
 * popup's first paint, the Gmail content script) import their areas directly instead.
 */
import { autoBackup } from './auto-backup';
import { backup } from './backup';
import { bank } from './bank';
import { checks } from './checks';
import { common } from './common';
import { csv } from './csv';
import { dashboard } from './dashboard';
import { edit } from './edit';
import { files } from './files';
import { gmail } from './gmail';
import { gmailReview } from './gmail-review';
import { gmailSent } from './gmail-sent';
import { invoicePage } from './invoice-page';
import { law } from './law';
import { notices } from './notices';
import { popup } from './popup';
import { rateKind } from './rate-kind';
import { reimport } from './reimport';
import { routes } from './routes';
import { sends } from './sends';
import { settings } from './settings';
import { settingsPlain } from './settings-plain';
import { steps } from './steps';
import { templates } from './templates';
import { welcome } from './welcome';
import { whereabouts } from './whereabouts';
import { whereaboutsMany } from './whereabouts-many';

/** Each area on its own, for the completeness test (a key defined twice would hide one). */
export const areas = {
  common,
  files,
  dashboard,
  settings,
  settingsPlain,
  routes,
  backup,
  autoBackup,
  law,
  bank,
  csv,
  reimport,
  gmail,
  gmailSent,
  gmailReview,
  rateKind,
  notices,
  checks,
  steps,
  welcome,
  whereabouts,
  whereaboutsMany,
  templates,
  popup,
  invoicePage,
  sends,
  edit,
};

export const catalogue = {
  ...common,
  ...files,
  ...dashboard,
  ...settings,
  ...settingsPlain,
  ...routes,
  ...backup,
  ...autoBackup,
  ...law,
  ...bank,
  ...csv,
  ...reimport,
  ...gmail,
  ...gmailSent,
  ...gmailReview,
  ...rateKind,
  ...notices,
  ...checks,
  ...steps,
  ...welcome,
  ...whereabouts,
  ...whereaboutsMany,
  ...templates,
  ...popup,
  ...invoicePage,
  ...sends,
  ...edit,
};
export type MessageKey = keyof typeof catalogue;
