/**
 * Injected into the active tab by « Détecter la facture sur cette page »
 * (core/platform/scripting.ts, scripting.executeScript with this file). What `main` returns is
 * what executeScript answers (WXT ends unlisted scripts with their result).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { snapshotPage } from '../core/sites/invoice-page/snapshot';

export default defineUnlistedScript(() => snapshotPage(document));
