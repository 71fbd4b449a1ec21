/**
 * The whole UI catalogue: every area merged into one typed map. Pages that must stay small (the
 * popup's first paint, the Gmail content script) import their areas directly instead.
 */
import { backup } from './backup';
import { bank } from './bank';
import { checks } from './checks';
import { common } from './common';
import { csv } from './csv';
import { dashboard } from './dashboard';
import { edit } from './edit';
import { files } from './files';
import { gmail } from './gmail';
import { law } from './law';
import { notices } from './notices';
import { rateKind } from './rate-kind';
import { reimport } from './reimport';
import { routes } from './routes';
import { settings } from './settings';
import { steps } from './steps';
import { welcome } from './welcome';

/** Each area on its own, for the completeness test (a key defined twice would hide one). */
export const areas = {
  common,
  files,
  dashboard,
  settings,
  routes,
  backup,
  law,
  bank,
  csv,
  reimport,
  gmail,
  rateKind,
  notices,
  checks,
  steps,
  welcome,
  edit,
};

export const catalogue = {
  ...common,
  ...files,
  ...dashboard,
  ...settings,
  ...routes,
  ...backup,
  ...law,
  ...bank,
  ...csv,
  ...reimport,
  ...gmail,
  ...rateKind,
  ...notices,
  ...checks,
  ...steps,
  ...welcome,
  ...edit,
};
export type MessageKey = keyof typeof catalogue;
